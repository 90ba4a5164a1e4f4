from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, deferred_items

T = TypeVar("T", bound="Expansions")


@_attrs_define
class Expansions(Model):
    """Expansions: an object of X's API, as the spec describes it.

    Attributes:
        media (list[Media] | None):
        places (list[Place] | None):
        polls (list[Poll] | None):
        posts (list[Post] | None):
        topics (list[Topic] | None):
        users (list[User] | None):
    """

    media: list[Media] | None = None
    places: list[Place] | None = None
    polls: list[Poll] | None = None
    posts: list[Post] | None = None
    topics: list[Topic] | None = None
    users: list[User] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        media: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = []
            for media_item_data in self.media:
                media_item = media_item_data.to_dict()
                media.append(media_item)

        places: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.places, Unset):
            places = []
            for places_item_data in self.places:
                places_item = places_item_data.to_dict()
                places.append(places_item)

        polls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.polls, Unset):
            polls = []
            for polls_item_data in self.polls:
                polls_item = polls_item_data.to_dict()
                polls.append(polls_item)

        posts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.posts, Unset):
            posts = []
            for posts_item_data in self.posts:
                posts_item = posts_item_data.to_dict()
                posts.append(posts_item)

        topics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = []
            for topics_item_data in self.topics:
                topics_item = topics_item_data.to_dict()
                topics.append(topics_item)

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if media is not UNSET:
            field_dict["media"] = media
        if places is not UNSET:
            field_dict["places"] = places
        if polls is not UNSET:
            field_dict["polls"] = polls
        if posts is not UNSET:
            field_dict["posts"] = posts
        if topics is not UNSET:
            field_dict["topics"] = topics
        if users is not UNSET:
            field_dict["users"] = users

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
        _media = _get("media", UNSET)
        media: list[Media] | Unset = UNSET
        if _media is not UNSET:
            if not isinstance(_media, list):
                raise TypeError(f"media: expected array, got {type(_media).__name__}")
            media = deferred_items(Media, _media)

        _places = _get("places", UNSET)
        places: list[Place] | Unset = UNSET
        if _places is not UNSET:
            if not isinstance(_places, list):
                raise TypeError(f"places: expected array, got {type(_places).__name__}")
            places = deferred_items(Place, _places)

        _polls = _get("polls", UNSET)
        polls: list[Poll] | Unset = UNSET
        if _polls is not UNSET:
            if not isinstance(_polls, list):
                raise TypeError(f"polls: expected array, got {type(_polls).__name__}")
            polls = deferred_items(Poll, _polls)

        _posts = _get("posts", UNSET)
        posts: list[Post] | Unset = UNSET
        if _posts is not UNSET:
            if not isinstance(_posts, list):
                raise TypeError(f"posts: expected array, got {type(_posts).__name__}")
            posts = deferred_items(Post, _posts)

        _topics = _get("topics", UNSET)
        topics: list[Topic] | Unset = UNSET
        if _topics is not UNSET:
            if not isinstance(_topics, list):
                raise TypeError(f"topics: expected array, got {type(_topics).__name__}")
            topics = deferred_items(Topic, _topics)

        _users = _get("users", UNSET)
        users: list[User] | Unset = UNSET
        if _users is not UNSET:
            if not isinstance(_users, list):
                raise TypeError(f"users: expected array, got {type(_users).__name__}")
            users = deferred_items(User, _users)

        expansions = cls(
            media,
            places,
            polls,
            posts,
            topics,
            users,
        )

        d = (
            {}
            if _Expansions_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _Expansions_KEYS}
        )
        expansions.additional_properties = d
        return expansions

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


_Expansions_KEYS = frozenset(
    {
        "media",
        "places",
        "polls",
        "posts",
        "topics",
        "users",
    }
)
from ..models.media import Media  # noqa: E402
from ..models.place import Place  # noqa: E402
from ..models.poll import Poll  # noqa: E402
from ..models.post import Post  # noqa: E402
from ..models.topic import Topic  # noqa: E402
from ..models.user import User  # noqa: E402
