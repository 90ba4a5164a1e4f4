"""x-chat: a typed Python SDK for the X API v2 Chat endpoints.

>>> from x_chat import ChatClient, ConversationId, EventField
"""

from x_chat_generated.models.chat_get_conversation_response import ChatGetConversationResponse
from x_chat_generated.models.chat_message_event import ChatMessageEvent
from x_chat_generated.types import MalformedDataError

from .client import DEFAULT_BASE_URL, AsyncChatClient, ChatClient, Detailed
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    MalformedResponseError,
    NotFoundError,
    PaginationLoopError,
    PartialErrorsWarning,
    PartialResponseError,
    PermissionDeniedError,
    RateLimit,
    RateLimitError,
    XChatError,
)
from .fields import ALL, EventField, InvalidFieldError, resolve_fields
from .ids import ConversationId, ConversationKind, InvalidIdError
from .responses import RawResponse
from .retries import DEFAULT_RETRY, DEFAULT_TIMEOUT, RetryPolicy
from .times import created_at, parse_time

__version__ = "0.1.0"

__all__ = [
    "ALL",
    "DEFAULT_BASE_URL",
    "DEFAULT_RETRY",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncChatClient",
    "AuthenticationError",
    "BadRequestError",
    "ChatClient",
    "ChatGetConversationResponse",
    "ChatMessageEvent",
    "ConfigurationError",
    "ConflictError",
    "ConversationId",
    "ConversationKind",
    "Detailed",
    "EventField",
    "InternalServerError",
    "InvalidFieldError",
    "InvalidIdError",
    "MalformedDataError",
    "MalformedResponseError",
    "NotFoundError",
    "PaginationLoopError",
    "PartialErrorsWarning",
    "PartialResponseError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RawResponse",
    "RetryPolicy",
    "XChatError",
    "created_at",
    "parse_time",
    "resolve_fields",
]
