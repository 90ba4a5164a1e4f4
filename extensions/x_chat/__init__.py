"""x-chat: a typed Python SDK for the X API v2 Chat endpoints.

```py
from x_chat import ChatClient

with ChatClient() as client:  # the token from $X_BEARER_TOKEN
    for event in client.iter_conversation_events("g1234567890123456789", fields="all", limit=2):
        print(event.id, event.sender_id, event.created_at)
        #> 1054351113904317941 1215441834412953600 2025-01-01 02:33:33+00:00
        #> 1054351113904317940 56 2025-01-01 02:32:56+00:00
```

Every name here is loaded on first use: ``import x_chat`` imports neither httpx nor the models, so a
script (or ``x-chat --version``) pays only for what it touches. ``__all__`` is what the API
reference documents (tests/test_public_api.py holds the two together).
"""

import importlib
import warnings
from typing import TYPE_CHECKING, Any

from ._lazy import lazy_exports
from ._logs import setup_logging
from ._version import __version__ as __version__

if TYPE_CHECKING:
    from .activity import (
        ActivityGapWarning,
        ActivitySubscription,
        ChatActivity,
        ChatEventType,
        RealtimeFallbackWarning,
        ReplayJob,
        Webhook,
    )
    from .client import (
        DEFAULT_BASE_URL,
        ActivityStream,
        AsyncActivityStream,
        AsyncChatClient,
        AsyncRawResponses,
        ChatClient,
        Detailed,
        RawResponse,
        RawResponses,
        RequestOptions,
    )
    from .errors import (
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConfigurationError,
        ConflictError,
        InternalServerError,
        InvalidArgumentError,
        MalformedDataError,
        MalformedResponseError,
        MissingCredentialsError,
        NotFoundError,
        PaginationLoopError,
        PartialErrorsWarning,
        PartialResponseError,
        PaymentRequiredError,
        PermissionDeniedError,
        RateBudgetSpentError,
        RateBudgetUnavailableError,
        RateLimit,
        RateLimitError,
        ResponseTooLargeError,
        UsageCapExceededError,
        XChatError,
    )
    from .fields import (
        ALL,
        BroadcastChatExpansion,
        BroadcastChatMessageField,
        ConversationExpansion,
        ConversationField,
        EventField,
        InvalidFieldError,
        PublicKeyField,
        UserField,
        resolve_fields,
    )
    from .ids import (
        ConversationId,
        ConversationKind,
        InvalidIdError,
    )
    from .media import (
        MediaDecryptionError,
        MediaTransferError,
    )
    from .pacing import (
        RateBudget,
    )
    from .pacing_redis import (
        RedisRateBudget,
    )
    from .results import (
        BroadcastChatModerated,
        BroadcastChatPage,
        BroadcastChatSent,
        Conversation,
        ConversationsPage,
        EventsPage,
        MessagesDeleted,
        Problem,
        PublicKeys,
        SentMessage,
    )
    from .retries import (
        DEFAULT_RETRY,
        DEFAULT_TIMEOUT,
        RetryPolicy,
    )
    from .spec import (
        spec_bytes,
        spec_path,
    )
    from .times import (
        created_at,
        parse_time,
    )
    from .trust import (
        GroupMembersMismatchError,
        IdentityKeyChangedError,
        KeyRollbackError,
        MalformedPublicKeyError,
        OwnKeyMismatchError,
        TrustError,
        UntrustedKeyChangeError,
    )
    from .types import (
        ChatConversation,
        ChatMessageEvent,
        GetChatConversationEventsResponse,
        GetChatConversationResponse,
        GetChatConversationsResponse,
        GetUsersPublicKeysResponse,
    )

__all__ = [
    "ALL",
    "DEFAULT_BASE_URL",
    "DEFAULT_RETRY",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ActivityGapWarning",
    "ActivityStream",
    "ActivitySubscription",
    "AsyncActivityStream",
    "AsyncChatClient",
    "AsyncRawResponses",
    "AuthenticationError",
    "BadRequestError",
    "BroadcastChatExpansion",
    "BroadcastChatMessageField",
    "BroadcastChatModerated",
    "BroadcastChatPage",
    "BroadcastChatSent",
    "ChatActivity",
    "ChatClient",
    "ChatConversation",
    "ChatEventType",
    "ChatMessageEvent",
    "ConfigurationError",
    "ConflictError",
    "Conversation",
    "ConversationExpansion",
    "ConversationField",
    "ConversationId",
    "ConversationKind",
    "ConversationsPage",
    "Detailed",
    "EventField",
    "EventsPage",
    "GetChatConversationEventsResponse",
    "GetChatConversationResponse",
    "GetChatConversationsResponse",
    "GetUsersPublicKeysResponse",
    "GroupMembersMismatchError",
    "IdentityKeyChangedError",
    "InternalServerError",
    "InvalidArgumentError",
    "InvalidFieldError",
    "InvalidIdError",
    "KeyRollbackError",
    "MalformedDataError",
    "MalformedPublicKeyError",
    "MalformedResponseError",
    "MediaDecryptionError",
    "MediaTransferError",
    "MessagesDeleted",
    "MissingCredentialsError",
    "NotFoundError",
    "OwnKeyMismatchError",
    "PaginationLoopError",
    "PartialErrorsWarning",
    "PartialResponseError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "Problem",
    "PublicKeyField",
    "PublicKeys",
    "RateBudget",
    "RateBudgetSpentError",
    "RateBudgetUnavailableError",
    "RateLimit",
    "RateLimitError",
    "RawResponse",
    "RawResponses",
    "RealtimeFallbackWarning",
    "RedisRateBudget",
    "ReplayJob",
    "RequestOptions",
    "ResponseTooLargeError",
    "RetryPolicy",
    "SentMessage",
    "TrustError",
    "UntrustedKeyChangeError",
    "UsageCapExceededError",
    "UserField",
    "Webhook",
    "XChatError",
    "created_at",
    "parse_time",
    "resolve_fields",
    "spec_bytes",
    "spec_path",
]

_EXPORTS = {
    "ActivityGapWarning": "x_chat.activity",
    "ActivitySubscription": "x_chat.activity",
    "ChatActivity": "x_chat.activity",
    "ChatEventType": "x_chat.activity",
    "RealtimeFallbackWarning": "x_chat.activity",
    "ReplayJob": "x_chat.activity",
    "Webhook": "x_chat.activity",
    "DEFAULT_BASE_URL": "x_chat.client",
    "ActivityStream": "x_chat.client",
    "AsyncActivityStream": "x_chat.client",
    "AsyncChatClient": "x_chat.client",
    "AsyncRawResponses": "x_chat.client",
    "ChatClient": "x_chat.client",
    "Detailed": "x_chat.client",
    "RawResponse": "x_chat.client",
    "RawResponses": "x_chat.client",
    "RequestOptions": "x_chat.client",
    "APIConnectionError": "x_chat.errors",
    "APIStatusError": "x_chat.errors",
    "APITimeoutError": "x_chat.errors",
    "AuthenticationError": "x_chat.errors",
    "BadRequestError": "x_chat.errors",
    "ConfigurationError": "x_chat.errors",
    "ConflictError": "x_chat.errors",
    "InternalServerError": "x_chat.errors",
    "InvalidArgumentError": "x_chat.errors",
    "MalformedDataError": "x_chat.errors",
    "MalformedResponseError": "x_chat.errors",
    "MissingCredentialsError": "x_chat.errors",
    "NotFoundError": "x_chat.errors",
    "PaginationLoopError": "x_chat.errors",
    "PartialErrorsWarning": "x_chat.errors",
    "PartialResponseError": "x_chat.errors",
    "PaymentRequiredError": "x_chat.errors",
    "PermissionDeniedError": "x_chat.errors",
    "RateBudgetSpentError": "x_chat.errors",
    "RateBudgetUnavailableError": "x_chat.errors",
    "RateLimit": "x_chat.errors",
    "RateLimitError": "x_chat.errors",
    "ResponseTooLargeError": "x_chat.errors",
    "UsageCapExceededError": "x_chat.errors",
    "XChatError": "x_chat.errors",
    "ALL": "x_chat.fields",
    "BroadcastChatExpansion": "x_chat.fields",
    "BroadcastChatMessageField": "x_chat.fields",
    "ConversationExpansion": "x_chat.fields",
    "ConversationField": "x_chat.fields",
    "EventField": "x_chat.fields",
    "InvalidFieldError": "x_chat.fields",
    "PublicKeyField": "x_chat.fields",
    "UserField": "x_chat.fields",
    "resolve_fields": "x_chat.fields",
    "ConversationId": "x_chat.ids",
    "ConversationKind": "x_chat.ids",
    "InvalidIdError": "x_chat.ids",
    "MediaDecryptionError": "x_chat.media",
    "MediaTransferError": "x_chat.media",
    "RateBudget": "x_chat.pacing",
    "RedisRateBudget": "x_chat.pacing_redis",
    "BroadcastChatModerated": "x_chat.results",
    "BroadcastChatPage": "x_chat.results",
    "BroadcastChatSent": "x_chat.results",
    "MessagesDeleted": "x_chat.results",
    "Conversation": "x_chat.results",
    "ConversationsPage": "x_chat.results",
    "EventsPage": "x_chat.results",
    "Problem": "x_chat.results",
    "PublicKeys": "x_chat.results",
    "SentMessage": "x_chat.results",
    "DEFAULT_RETRY": "x_chat.retries",
    "DEFAULT_TIMEOUT": "x_chat.retries",
    "RetryPolicy": "x_chat.retries",
    "spec_bytes": "x_chat.spec",
    "spec_path": "x_chat.spec",
    "created_at": "x_chat.times",
    "parse_time": "x_chat.times",
    "GroupMembersMismatchError": "x_chat.trust",
    "IdentityKeyChangedError": "x_chat.trust",
    "KeyRollbackError": "x_chat.trust",
    "MalformedPublicKeyError": "x_chat.trust",
    "OwnKeyMismatchError": "x_chat.trust",
    "TrustError": "x_chat.trust",
    "UntrustedKeyChangeError": "x_chat.trust",
    "ChatConversation": "x_chat_generated.models.chat_conversation",
    "ChatMessageEvent": "x_chat_generated.models.chat_message_event",
    "GetChatConversationEventsResponse": "x_chat_generated.models.get_chat_conversation_events_response",
    "GetChatConversationResponse": "x_chat_generated.models.get_chat_conversation_response",
    "GetChatConversationsResponse": "x_chat_generated.models.get_chat_conversations_response",
    "GetUsersPublicKeysResponse": "x_chat_generated.models.get_users_public_keys_response",
}

setup_logging()  # X_CHAT_LOG=debug|info

_load = lazy_exports("x_chat", _EXPORTS, globals())

_DEPRECATED = {
    # name -> (module, its name there, what to use instead)
    "ChatGetConversationResponse": (  # 0.1: X API v2.167 moved events to /events
        "x_chat_generated.models.get_chat_conversation_events_response",
        "GetChatConversationEventsResponse",
        "x_chat.types.GetChatConversationEventsResponse",
    ),
    "Settings": ("x_chat._settings", "Settings", "ChatClient(...) options and client.with_options(...)"),
    "retry_delay": ("x_chat.retries", "retry_delay", "x_chat.retries.retry_delay"),
    "UnexpectedStatus": ("x_chat_generated.errors", "UnexpectedStatus", "MalformedResponseError (what x-chat raises)"),
}


def __getattr__(name: str) -> Any:
    if name in _DEPRECATED:
        module, attribute, new = _DEPRECATED[name]
        warnings.warn(f"x_chat.{name} is deprecated: use {new}", DeprecationWarning, stacklevel=2)
        return getattr(importlib.import_module(module), attribute)
    return _load(name)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
