from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_connection_status_item import UserConnectionStatusItem
from ..types import UNSET, Model, Unset, parse_datetime, raw_object

T = TypeVar("T", bound="User")


@_attrs_define
class User(Model):
    """User: an object of X's API, as the spec describes it.

    Attributes:
        affiliation (UserAffiliation | None): Metadata about a user's affiliation.
        confirmed_email (str | None):
        connection_status (list[UserConnectionStatusItem] | None): Returns detailed information about the relationship
            between two users.
        created_at (datetime.datetime | None): Creation time of this User.
        description (str | None): The text of this User's profile description (also known as bio), if the User provided
            one.
        entities (UserEntities | None): A list of metadata found in the User's profile description.
        id (str | None): Unique identifier of this User.
        is_identity_verified (bool | None): Indicates if this User has completed identity verification.
        location (str | None): The location specified in the User's profile, if the User provided one. As this is a
            freeform value, it may not indicate a valid location.
        most_recent_post_id (str | None): Unique identifier of this User's most recent Post.
        name (str | None): The friendly name of this User, as shown on their profile.
        parody (bool | None): Indicates if this User is a parody account.
        pinned_post_id (str | None): Unique identifier of this User's pinned Post.
        profile_banner_url (str | None): The URL to the profile banner for this User.
        profile_image_url (str | None): The URL to the profile image for this User.
        protected (bool | None): Indicates if this User has chosen to protect their Posts (in other words, if this
            User's Posts are private).
        public_metrics (UserPublicMetrics | None): A list of metrics for this User.
        receives_your_dm (bool | None): Indicates if you can send a DM to this User.
        subscribes_to_you (bool | None): Indicates if this User subscribes to you.
        subscription (UserSubscription | None): The subscription relationship between this User and you.
        subscription_type (str | None): The X Blue subscription type of the user, e.g.: Basic, Premium, PremiumPlus or
            None.
        url (str | None): The URL specified in the User's profile.
        username (str | None): The X handle (screen name) of this User.
        verified (bool | None): Indicates if this User is a verified X User.
        verified_followers_count (int | None): The number of verified followers of this User.
        verified_type (str | None): The X Blue verified type of the user, e.g.: blue, government, business or none.
        withheld (UserWithheld | None): Withholding details for withheld content.
    """

    affiliation: UserAffiliation | None = None
    confirmed_email: str | None = None
    connection_status: list[UserConnectionStatusItem] | None = None
    created_at: datetime.datetime | None = None
    description: str | None = None
    entities: UserEntities | None = None
    id: str | None = None
    is_identity_verified: bool | None = None
    location: str | None = None
    most_recent_post_id: str | None = None
    name: str | None = None
    parody: bool | None = None
    pinned_post_id: str | None = None
    profile_banner_url: str | None = None
    profile_image_url: str | None = None
    protected: bool | None = None
    public_metrics: UserPublicMetrics | None = None
    receives_your_dm: bool | None = None
    subscribes_to_you: bool | None = None
    subscription: UserSubscription | None = None
    subscription_type: str | None = None
    url: str | None = None
    username: str | None = None
    verified: bool | None = None
    verified_followers_count: int | None = None
    verified_type: str | None = None
    withheld: UserWithheld | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        affiliation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.affiliation, Unset):
            affiliation = self.affiliation.to_dict()

        confirmed_email = self.confirmed_email

        connection_status: list[str] | Unset = UNSET
        if not isinstance(self.connection_status, Unset):
            connection_status = []
            for componentsschemas_user_connection_status_item_data in self.connection_status:
                componentsschemas_user_connection_status_item = componentsschemas_user_connection_status_item_data.value
                connection_status.append(componentsschemas_user_connection_status_item)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        description = self.description

        entities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entities, Unset):
            entities = self.entities.to_dict()

        id = self.id

        is_identity_verified = self.is_identity_verified

        location = self.location

        most_recent_post_id = self.most_recent_post_id

        name = self.name

        parody = self.parody

        pinned_post_id = self.pinned_post_id

        profile_banner_url = self.profile_banner_url

        profile_image_url = self.profile_image_url

        protected = self.protected

        public_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.public_metrics, Unset):
            public_metrics = self.public_metrics.to_dict()

        receives_your_dm = self.receives_your_dm

        subscribes_to_you = self.subscribes_to_you

        subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription, Unset):
            subscription = self.subscription.to_dict()

        subscription_type = self.subscription_type

        url = self.url

        username = self.username

        verified = self.verified

        verified_followers_count = self.verified_followers_count

        verified_type = self.verified_type

        withheld: dict[str, Any] | Unset = UNSET
        if not isinstance(self.withheld, Unset):
            withheld = self.withheld.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if affiliation is not UNSET:
            field_dict["affiliation"] = affiliation
        if confirmed_email is not UNSET:
            field_dict["confirmed_email"] = confirmed_email
        if connection_status is not UNSET:
            field_dict["connection_status"] = connection_status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if entities is not UNSET:
            field_dict["entities"] = entities
        if id is not UNSET:
            field_dict["id"] = id
        if is_identity_verified is not UNSET:
            field_dict["is_identity_verified"] = is_identity_verified
        if location is not UNSET:
            field_dict["location"] = location
        if most_recent_post_id is not UNSET:
            field_dict["most_recent_post_id"] = most_recent_post_id
        if name is not UNSET:
            field_dict["name"] = name
        if parody is not UNSET:
            field_dict["parody"] = parody
        if pinned_post_id is not UNSET:
            field_dict["pinned_post_id"] = pinned_post_id
        if profile_banner_url is not UNSET:
            field_dict["profile_banner_url"] = profile_banner_url
        if profile_image_url is not UNSET:
            field_dict["profile_image_url"] = profile_image_url
        if protected is not UNSET:
            field_dict["protected"] = protected
        if public_metrics is not UNSET:
            field_dict["public_metrics"] = public_metrics
        if receives_your_dm is not UNSET:
            field_dict["receives_your_dm"] = receives_your_dm
        if subscribes_to_you is not UNSET:
            field_dict["subscribes_to_you"] = subscribes_to_you
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if subscription_type is not UNSET:
            field_dict["subscription_type"] = subscription_type
        if url is not UNSET:
            field_dict["url"] = url
        if username is not UNSET:
            field_dict["username"] = username
        if verified is not UNSET:
            field_dict["verified"] = verified
        if verified_followers_count is not UNSET:
            field_dict["verified_followers_count"] = verified_followers_count
        if verified_type is not UNSET:
            field_dict["verified_type"] = verified_type
        if withheld is not UNSET:
            field_dict["withheld"] = withheld

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
        affiliation = raw_object(_get("affiliation", UNSET), "User.affiliation")

        confirmed_email = _get("confirmed_email", UNSET)
        if type(confirmed_email) is not str and confirmed_email is not UNSET and not isinstance(confirmed_email, str):
            raise TypeError(f"User.confirmed_email: expected str, got {type(confirmed_email).__name__}")

        _connection_status = _get("connection_status", UNSET)
        connection_status: list[UserConnectionStatusItem] | Unset = UNSET
        if _connection_status is not UNSET:
            if not isinstance(_connection_status, list):
                raise TypeError(f"connection_status: expected array, got {type(_connection_status).__name__}")
            connection_status = []
            for componentsschemas_user_connection_status_item_data in _connection_status:
                componentsschemas_user_connection_status_item = UserConnectionStatusItem(
                    componentsschemas_user_connection_status_item_data
                )

                connection_status.append(componentsschemas_user_connection_status_item)

        _created_at = _get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at, "created_at")

        description = _get("description", UNSET)
        if type(description) is not str and description is not UNSET and not isinstance(description, str):
            raise TypeError(f"User.description: expected str, got {type(description).__name__}")

        entities = raw_object(_get("entities", UNSET), "User.entities")

        id = _get("id", UNSET)
        if type(id) is not str and id is not UNSET and not isinstance(id, str):
            raise TypeError(f"User.id: expected str, got {type(id).__name__}")

        is_identity_verified = _get("is_identity_verified", UNSET)
        if type(is_identity_verified) is not bool and is_identity_verified is not UNSET:
            raise TypeError(f"User.is_identity_verified: expected bool, got {type(is_identity_verified).__name__}")

        location = _get("location", UNSET)
        if type(location) is not str and location is not UNSET and not isinstance(location, str):
            raise TypeError(f"User.location: expected str, got {type(location).__name__}")

        most_recent_post_id = _get("most_recent_post_id", UNSET)
        if (
            type(most_recent_post_id) is not str
            and most_recent_post_id is not UNSET
            and not isinstance(most_recent_post_id, str)
        ):
            raise TypeError(f"User.most_recent_post_id: expected str, got {type(most_recent_post_id).__name__}")

        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET and not isinstance(name, str):
            raise TypeError(f"User.name: expected str, got {type(name).__name__}")

        parody = _get("parody", UNSET)
        if type(parody) is not bool and parody is not UNSET:
            raise TypeError(f"User.parody: expected bool, got {type(parody).__name__}")

        pinned_post_id = _get("pinned_post_id", UNSET)
        if type(pinned_post_id) is not str and pinned_post_id is not UNSET and not isinstance(pinned_post_id, str):
            raise TypeError(f"User.pinned_post_id: expected str, got {type(pinned_post_id).__name__}")

        profile_banner_url = _get("profile_banner_url", UNSET)
        if (
            type(profile_banner_url) is not str
            and profile_banner_url is not UNSET
            and not isinstance(profile_banner_url, str)
        ):
            raise TypeError(f"User.profile_banner_url: expected str, got {type(profile_banner_url).__name__}")

        profile_image_url = _get("profile_image_url", UNSET)
        if (
            type(profile_image_url) is not str
            and profile_image_url is not UNSET
            and not isinstance(profile_image_url, str)
        ):
            raise TypeError(f"User.profile_image_url: expected str, got {type(profile_image_url).__name__}")

        protected = _get("protected", UNSET)
        if type(protected) is not bool and protected is not UNSET:
            raise TypeError(f"User.protected: expected bool, got {type(protected).__name__}")

        public_metrics = raw_object(_get("public_metrics", UNSET), "User.public_metrics")

        receives_your_dm = _get("receives_your_dm", UNSET)
        if type(receives_your_dm) is not bool and receives_your_dm is not UNSET:
            raise TypeError(f"User.receives_your_dm: expected bool, got {type(receives_your_dm).__name__}")

        subscribes_to_you = _get("subscribes_to_you", UNSET)
        if type(subscribes_to_you) is not bool and subscribes_to_you is not UNSET:
            raise TypeError(f"User.subscribes_to_you: expected bool, got {type(subscribes_to_you).__name__}")

        subscription = raw_object(_get("subscription", UNSET), "User.subscription")

        subscription_type = _get("subscription_type", UNSET)
        if (
            type(subscription_type) is not str
            and subscription_type is not UNSET
            and not isinstance(subscription_type, str)
        ):
            raise TypeError(f"User.subscription_type: expected str, got {type(subscription_type).__name__}")

        url = _get("url", UNSET)
        if type(url) is not str and url is not UNSET and not isinstance(url, str):
            raise TypeError(f"User.url: expected str, got {type(url).__name__}")

        username = _get("username", UNSET)
        if type(username) is not str and username is not UNSET and not isinstance(username, str):
            raise TypeError(f"User.username: expected str, got {type(username).__name__}")

        verified = _get("verified", UNSET)
        if type(verified) is not bool and verified is not UNSET:
            raise TypeError(f"User.verified: expected bool, got {type(verified).__name__}")

        verified_followers_count = _get("verified_followers_count", UNSET)
        if verified_followers_count is not UNSET and (
            not isinstance(verified_followers_count, int) or isinstance(verified_followers_count, bool)
        ):
            raise TypeError(
                f"User.verified_followers_count: expected int, got {type(verified_followers_count).__name__}"
            )

        verified_type = _get("verified_type", UNSET)
        if type(verified_type) is not str and verified_type is not UNSET and not isinstance(verified_type, str):
            raise TypeError(f"User.verified_type: expected str, got {type(verified_type).__name__}")

        withheld = raw_object(_get("withheld", UNSET), "User.withheld")

        user = cls(
            affiliation,
            confirmed_email,
            connection_status,
            created_at,
            description,
            entities,
            id,
            is_identity_verified,
            location,
            most_recent_post_id,
            name,
            parody,
            pinned_post_id,
            profile_banner_url,
            profile_image_url,
            protected,
            public_metrics,
            receives_your_dm,
            subscribes_to_you,
            subscription,
            subscription_type,
            url,
            username,
            verified,
            verified_followers_count,
            verified_type,
            withheld,
        )

        d = {} if _User_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _User_KEYS}
        user.additional_properties = d
        return user

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


_User_KEYS = frozenset(
    {
        "affiliation",
        "confirmed_email",
        "connection_status",
        "created_at",
        "description",
        "entities",
        "id",
        "is_identity_verified",
        "location",
        "most_recent_post_id",
        "name",
        "parody",
        "pinned_post_id",
        "profile_banner_url",
        "profile_image_url",
        "protected",
        "public_metrics",
        "receives_your_dm",
        "subscribes_to_you",
        "subscription",
        "subscription_type",
        "url",
        "username",
        "verified",
        "verified_followers_count",
        "verified_type",
        "withheld",
    }
)
from ..models.user_affiliation import UserAffiliation  # noqa: E402
from ..models.user_entities import UserEntities  # noqa: E402
from ..models.user_public_metrics import UserPublicMetrics  # noqa: E402
from ..models.user_subscription import UserSubscription  # noqa: E402
from ..models.user_withheld import UserWithheld  # noqa: E402
from ..types import lazy_model_field  # noqa: E402

lazy_model_field(User, "affiliation", lambda raw: UserAffiliation.from_dict(raw))
lazy_model_field(User, "entities", lambda raw: UserEntities.from_dict(raw))
lazy_model_field(User, "public_metrics", lambda raw: UserPublicMetrics.from_dict(raw))
lazy_model_field(User, "subscription", lambda raw: UserSubscription.from_dict(raw))
lazy_model_field(User, "withheld", lambda raw: UserWithheld.from_dict(raw))
