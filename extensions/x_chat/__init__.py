"""x-chat: a typed Python SDK for the X API v2 Chat endpoints.

```py
from x_chat import ChatClient

with ChatClient() as client:  # the token from $X_BEARER_TOKEN
    for event in client.iter_conversation_events("g1234567890123456789", fields="all", limit=2):
        print(event.id, event.sender_id, event.created_at)
        #> 1054351113904317941 1215441834412953600 2025-01-01 02:33:33+00:00
        #> 1054351113904317940 56 2025-01-01 02:32:56+00:00
```
"""

import importlib
import warnings
from typing import TYPE_CHECKING, Any

from x_chat_generated.models.chat_message_event import ChatMessageEvent
from x_chat_generated.models.get_chat_conversation_events_response import GetChatConversationEventsResponse
from x_chat_generated.models.get_users_public_keys_response import GetUsersPublicKeysResponse

if TYPE_CHECKING:
    from x_chat_generated.models.chat_conversation import ChatConversation
    from x_chat_generated.models.get_chat_conversation_response import GetChatConversationResponse
    from x_chat_generated.models.get_chat_conversations_response import GetChatConversationsResponse

    from .results import Problem

from ._logs import setup_logging
from ._version import __version__ as __version__
from .client import (
    DEFAULT_BASE_URL,
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
    RateLimit,
    RateLimitError,
    UnexpectedStatus,
    UsageCapExceededError,
    XChatError,
)
from .fields import (
    ALL,
    ConversationExpansion,
    ConversationField,
    EventField,
    InvalidFieldError,
    PublicKeyField,
    UserField,
    resolve_fields,
)
from .ids import ConversationId, ConversationKind, InvalidIdError
from .media import MediaDecryptionError, MediaTransferError
from .pacing import RateBudget
from .results import BroadcastChatSent, Conversation, ConversationsPage, EventsPage, PublicKeys, SentMessage
from .retries import DEFAULT_RETRY, DEFAULT_TIMEOUT, RetryPolicy, retry_delay
from .settings import Settings
from .spec import spec_bytes, spec_path
from .times import created_at, parse_time
from .trust import (
    GroupMembersMismatchError,
    IdentityKeyChangedError,
    KeyRollbackError,
    MalformedPublicKeyError,
    OwnKeyMismatchError,
    TrustError,
    UntrustedKeyChangeError,
)

__all__ = [
    "ALL",
    "DEFAULT_BASE_URL",
    "DEFAULT_RETRY",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncChatClient",
    "AsyncRawResponses",
    "AuthenticationError",
    "BadRequestError",
    "BroadcastChatSent",
    "ChatClient",
    "ChatConversation",
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
    "RateLimit",
    "RateLimitError",
    "RawResponse",
    "RawResponses",
    "RequestOptions",
    "RetryPolicy",
    "SentMessage",
    "Settings",
    "TrustError",
    "UnexpectedStatus",
    "UntrustedKeyChangeError",
    "UsageCapExceededError",
    "UserField",
    "XChatError",
    "created_at",
    "parse_time",
    "resolve_fields",
    "retry_delay",
    "spec_bytes",
    "spec_path",
]

setup_logging()  # X_CHAT_LOG=debug|info

_DEPRECATED = {
    # 0.1.0 name -> (0.2.0 object, what to use): X API v2.167 moved events to /events.
    "ChatGetConversationResponse": (GetChatConversationEventsResponse, "GetChatConversationEventsResponse"),
}


# Conversation models import every Post/User/Media model of `includes` (~100 ms): loaded on first use.
_LAZY = {
    "ChatConversation": "x_chat_generated.models.chat_conversation",
    "GetChatConversationResponse": "x_chat_generated.models.get_chat_conversation_response",
    "GetChatConversationsResponse": "x_chat_generated.models.get_chat_conversations_response",
    "Problem": "x_chat.results",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    if name in _DEPRECATED:
        value, new = _DEPRECATED[name]
        warnings.warn(f"x_chat.{name} is deprecated: use x_chat.{new}", DeprecationWarning, stacklevel=2)
        return value
    raise AttributeError(f"module 'x_chat' has no attribute {name!r}")
