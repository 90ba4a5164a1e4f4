from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, raw_object

T = TypeVar("T", bound="ActivityStreamResponseData")


@_attrs_define
class ActivityStreamResponseData(Model):
    """ActivityStreamResponseData: an object of X's API, as the spec describes it.

    Attributes:
        event_type (str | None):
        event_uuid (str | None): The delivery's unique identifier: deduplicate deliveries on it. X's examples show a
            UUID, digits or a negative number.
        filter_ (ActivitySubscriptionFilter | None): An XAA subscription filter.
        includes (Expansions | None):
        payload (ChatActivityResponsePayload | FollowActivityResponsePayload | LikeWithPostAuthor |
            NewsActivityResponsePayload | Post | PostDeleteActivityResponsePayload | ProfileUpdateActivityResponsePayload |
            None):
        tag (str | None):
    """

    event_type: str | None = None
    event_uuid: str | None = None
    filter_: ActivitySubscriptionFilter | None = None
    includes: Expansions | None = None
    payload: (
        ChatActivityResponsePayload
        | FollowActivityResponsePayload
        | LikeWithPostAuthor
        | NewsActivityResponsePayload
        | Post
        | PostDeleteActivityResponsePayload
        | ProfileUpdateActivityResponsePayload
        | None
    ) = None
    tag: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        event_type = self.event_type

        event_uuid = self.event_uuid

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        includes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.includes, Unset):
            includes = self.includes.to_dict()

        payload: dict[str, Any] | Unset
        if isinstance(self.payload, Unset):
            payload = UNSET
        elif (
            isinstance(self.payload, ChatActivityResponsePayload)
            or isinstance(self.payload, ProfileUpdateActivityResponsePayload)
            or isinstance(self.payload, NewsActivityResponsePayload)
            or isinstance(self.payload, FollowActivityResponsePayload)
            or isinstance(self.payload, Post)
            or isinstance(self.payload, PostDeleteActivityResponsePayload)
        ):
            payload = self.payload.to_dict()
        else:
            payload = self.payload.to_dict()

        tag = self.tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if event_uuid is not UNSET:
            field_dict["event_uuid"] = event_uuid
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if includes is not UNSET:
            field_dict["includes"] = includes
        if payload is not UNSET:
            field_dict["payload"] = payload
        if tag is not UNSET:
            field_dict["tag"] = tag

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
        event_type = _get("event_type", UNSET)
        if type(event_type) is not str and event_type is not UNSET and not isinstance(event_type, str):
            raise TypeError(f"ActivityStreamResponseData.event_type: expected str, got {type(event_type).__name__}")

        event_uuid = _get("event_uuid", UNSET)
        if type(event_uuid) is not str and event_uuid is not UNSET and not isinstance(event_uuid, str):
            raise TypeError(f"ActivityStreamResponseData.event_uuid: expected str, got {type(event_uuid).__name__}")

        filter_ = raw_object(_get("filter", UNSET), "ActivityStreamResponseData.filter")

        includes = raw_object(_get("includes", UNSET), "ActivityStreamResponseData.includes")

        def _parse_payload(
            data: object,
        ) -> (
            ChatActivityResponsePayload
            | FollowActivityResponsePayload
            | LikeWithPostAuthor
            | NewsActivityResponsePayload
            | Post
            | PostDeleteActivityResponsePayload
            | ProfileUpdateActivityResponsePayload
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_streaming_response_payload_type_0 = ChatActivityResponsePayload.from_dict(
                    data
                )

                return componentsschemas_activity_streaming_response_payload_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_streaming_response_payload_type_1 = (
                    ProfileUpdateActivityResponsePayload.from_dict(data)
                )

                return componentsschemas_activity_streaming_response_payload_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_streaming_response_payload_type_2 = NewsActivityResponsePayload.from_dict(
                    data
                )

                return componentsschemas_activity_streaming_response_payload_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_streaming_response_payload_type_3 = FollowActivityResponsePayload.from_dict(
                    data
                )

                return componentsschemas_activity_streaming_response_payload_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_streaming_response_payload_type_4 = Post.from_dict(data)

                return componentsschemas_activity_streaming_response_payload_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_streaming_response_payload_type_5 = (
                    PostDeleteActivityResponsePayload.from_dict(data)
                )

                return componentsschemas_activity_streaming_response_payload_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_activity_streaming_response_payload_type_6 = LikeWithPostAuthor.from_dict(data)

            return componentsschemas_activity_streaming_response_payload_type_6

        payload = _parse_payload(_get("payload", UNSET))

        tag = _get("tag", UNSET)
        if type(tag) is not str and tag is not UNSET and not isinstance(tag, str):
            raise TypeError(f"ActivityStreamResponseData.tag: expected str, got {type(tag).__name__}")

        activity_stream_response_data = cls(
            event_type,
            event_uuid,
            filter_,
            includes,
            payload,
            tag,
        )

        d = (
            {}
            if _ActivityStreamResponseData_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ActivityStreamResponseData_KEYS}
        )
        activity_stream_response_data.additional_properties = d
        return activity_stream_response_data

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


_ActivityStreamResponseData_KEYS = frozenset(
    {
        "event_type",
        "event_uuid",
        "filter",
        "includes",
        "payload",
        "tag",
    }
)
from ..models.activity_subscription_filter import ActivitySubscriptionFilter  # noqa: E402
from ..models.chat_activity_response_payload import ChatActivityResponsePayload  # noqa: E402
from ..models.expansions import Expansions  # noqa: E402
from ..models.follow_activity_response_payload import FollowActivityResponsePayload  # noqa: E402
from ..models.like_with_post_author import LikeWithPostAuthor  # noqa: E402
from ..models.news_activity_response_payload import NewsActivityResponsePayload  # noqa: E402
from ..models.post import Post  # noqa: E402
from ..models.post_delete_activity_response_payload import PostDeleteActivityResponsePayload  # noqa: E402
from ..models.profile_update_activity_response_payload import ProfileUpdateActivityResponsePayload  # noqa: E402
from ..types import lazy_model_field  # noqa: E402

lazy_model_field(ActivityStreamResponseData, "filter_", lambda raw: ActivitySubscriptionFilter.from_dict(raw))
lazy_model_field(ActivityStreamResponseData, "includes", lambda raw: Expansions.from_dict(raw))
