from enum import StrEnum


class CreateActivitySubscriptionRequestEventType(StrEnum):
    """CreateActivitySubscriptionRequestEventType: the values the spec lists; a value X added later is kept as a pseudo-member."""

    BLOCK_BLOCK = "block.block"
    BLOCK_UNBLOCK = "block.unblock"
    BROADCAST_CHAT = "broadcast.chat"
    BROADCAST_END = "broadcast.end"
    BROADCAST_START = "broadcast.start"
    CHAT_CONVERSATION_ADMIN_ADDED = "chat.conversation.admin_added"
    CHAT_CONVERSATION_ADMIN_REMOVED = "chat.conversation.admin_removed"
    CHAT_CONVERSATION_JOIN = "chat.conversation_join"
    CHAT_CONVERSATION_MEMBER_ADDED = "chat.conversation.member_added"
    CHAT_CONVERSATION_MEMBER_REMOVED = "chat.conversation.member_removed"
    CHAT_RECEIVED = "chat.received"
    CHAT_SENT = "chat.sent"
    CHAT_UPDATE_GROUP_NAME = "chat.update.group_name"
    CHAT_UPDATE_RESTRICTIONS = "chat.update.restrictions"
    DM_INDICATE_TYPING = "dm.indicate_typing"
    DM_READ = "dm.read"
    DM_RECEIVED = "dm.received"
    DM_SENT = "dm.sent"
    FOLLOW_FOLLOW = "follow.follow"
    FOLLOW_UNFOLLOW = "follow.unfollow"
    LIKE_CREATE = "like.create"
    MUTE_MUTE = "mute.mute"
    MUTE_UNMUTE = "mute.unmute"
    NEWS_NEW = "news.new"
    POST_CREATE = "post.create"
    POST_DELETE = "post.delete"
    POST_MENTION_CREATE = "post.mention.create"
    POST_QUOTE_CREATE = "post.quote.create"
    POST_REPLY_CREATE = "post.reply.create"
    POST_REPOST_CREATE = "post.repost.create"
    PROFILE_UPDATE_AFFILIATE_BADGE = "profile.update.affiliate_badge"
    PROFILE_UPDATE_BANNER_PICTURE = "profile.update.banner_picture"
    PROFILE_UPDATE_BIO = "profile.update.bio"
    PROFILE_UPDATE_GEO = "profile.update.geo"
    PROFILE_UPDATE_HANDLE = "profile.update.handle"
    PROFILE_UPDATE_PROFILE_PICTURE = "profile.update.profile_picture"
    PROFILE_UPDATE_SCREENNAME = "profile.update.screenname"
    PROFILE_UPDATE_URL = "profile.update.url"
    PROFILE_UPDATE_VERIFIED_BADGE = "profile.update.verified_badge"
    SPACES_END = "spaces.end"
    SPACES_START = "spaces.start"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CreateActivitySubscriptionRequestEventType | None":
        """A value the spec does not list yet (X added it later) becomes a pseudo-member that keeps the
        value, instead of failing the whole response. Its name is the upper-cased value."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
