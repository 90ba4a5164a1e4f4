from enum import StrEnum


class GetBroadcastChatUserFieldsItem(StrEnum):
    """GetBroadcastChatUserFieldsItem: the values the spec lists; a value X added later is kept as a pseudo-member."""

    CONFIRMED_EMAIL = "confirmed_email"
    CONNECTION_STATUS = "connection_status"
    CREATED_AT = "created_at"
    DESCRIPTION = "description"
    ENTITIES = "entities"
    ID = "id"
    IS_IDENTITY_VERIFIED = "is_identity_verified"
    LOCATION = "location"
    NAME = "name"
    PARODY = "parody"
    PROFILE_BANNER_URL = "profile_banner_url"
    PROFILE_IMAGE_URL = "profile_image_url"
    PROTECTED = "protected"
    PUBLIC_METRICS = "public_metrics"
    RECEIVES_YOUR_DM = "receives_your_dm"
    SUBSCRIBES_TO_YOU = "subscribes_to_you"
    SUBSCRIPTION = "subscription"
    SUBSCRIPTION_TYPE = "subscription_type"
    URL = "url"
    USERNAME = "username"
    VERIFIED = "verified"
    VERIFIED_FOLLOWERS_COUNT = "verified_followers_count"
    VERIFIED_TYPE = "verified_type"
    WITHHELD = "withheld"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "GetBroadcastChatUserFieldsItem | None":
        """A value the spec does not list yet (X added it later) becomes a pseudo-member that keeps the
        value, instead of failing the whole response. Its name is the upper-cased value."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
