"""The models x-chat's results are made of, importable from one place: annotate with them instead of
reaching into the generated package.

```py
from x_chat.types import ChatMessageEvent


def sender(event: ChatMessageEvent) -> str:
    return event.sender_id or "unknown"
```

They are the generated models (``x_chat_generated.models``, attrs classes with ``to_dict`` and
``from_dict``; a field X did not send reads as ``None``), imported with this module. `Problem` is the union
of the problem models a page's ``errors`` holds.
"""

from x_chat_generated.models.broadcast_chat_message import BroadcastChatMessage
from x_chat_generated.models.chat_conversation import ChatConversation
from x_chat_generated.models.chat_message_event import ChatMessageEvent
from x_chat_generated.models.chat_message_event_message_event_signature import ChatMessageEventMessageEventSignature
from x_chat_generated.models.chat_message_events_meta import ChatMessageEventsMeta
from x_chat_generated.models.delete_chat_messages_response import DeleteChatMessagesResponse
from x_chat_generated.models.disallowed_resource_problem import DisallowedResourceProblem
from x_chat_generated.models.expansions import Expansions
from x_chat_generated.models.field_hydration_failure_problem import FieldHydrationFailureProblem
from x_chat_generated.models.field_unauthorized_problem import FieldUnauthorizedProblem
from x_chat_generated.models.generic_problem import GenericProblem
from x_chat_generated.models.get_broadcast_chat_response import GetBroadcastChatResponse
from x_chat_generated.models.get_broadcast_chat_response_meta import GetBroadcastChatResponseMeta
from x_chat_generated.models.get_chat_conversation_events_response import GetChatConversationEventsResponse
from x_chat_generated.models.get_chat_conversation_response import GetChatConversationResponse
from x_chat_generated.models.get_chat_conversations_response import GetChatConversationsResponse
from x_chat_generated.models.get_chat_conversations_response_meta import GetChatConversationsResponseMeta
from x_chat_generated.models.get_users_public_keys_response import GetUsersPublicKeysResponse
from x_chat_generated.models.internal_error_problem import InternalErrorProblem
from x_chat_generated.models.invalid_request_problem import InvalidRequestProblem
from x_chat_generated.models.media import Media
from x_chat_generated.models.not_authorized_for_field_problem import NotAuthorizedForFieldProblem
from x_chat_generated.models.not_authorized_for_resource_problem import NotAuthorizedForResourceProblem
from x_chat_generated.models.place import Place
from x_chat_generated.models.poll import Poll
from x_chat_generated.models.post import Post
from x_chat_generated.models.public_key import PublicKey
from x_chat_generated.models.resource_not_found_problem import ResourceNotFoundProblem
from x_chat_generated.models.resource_unavailable_problem import ResourceUnavailableProblem
from x_chat_generated.models.topic import Topic
from x_chat_generated.models.user import User

from .results import Problem

__all__ = [
    "BroadcastChatMessage",
    "ChatConversation",
    "ChatMessageEvent",
    "ChatMessageEventMessageEventSignature",
    "ChatMessageEventsMeta",
    "DeleteChatMessagesResponse",
    "DisallowedResourceProblem",
    "Expansions",
    "FieldHydrationFailureProblem",
    "FieldUnauthorizedProblem",
    "GenericProblem",
    "GetBroadcastChatResponse",
    "GetBroadcastChatResponseMeta",
    "GetChatConversationEventsResponse",
    "GetChatConversationResponse",
    "GetChatConversationsResponse",
    "GetChatConversationsResponseMeta",
    "GetUsersPublicKeysResponse",
    "InternalErrorProblem",
    "InvalidRequestProblem",
    "Media",
    "NotAuthorizedForFieldProblem",
    "NotAuthorizedForResourceProblem",
    "Place",
    "Poll",
    "Post",
    "Problem",
    "PublicKey",
    "ResourceNotFoundProblem",
    "ResourceUnavailableProblem",
    "Topic",
    "User",
]
