"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .chat_conversation import ChatConversation
    from .chat_conversation_expansion import ChatConversationExpansion
    from .chat_conversation_field import ChatConversationField
    from .chat_conversation_type import ChatConversationType
    from .chat_get_conversation_response import ChatGetConversationResponse
    from .chat_get_conversation_response_meta import ChatGetConversationResponseMeta
    from .chat_get_conversations_response import ChatGetConversationsResponse
    from .chat_get_conversations_response_includes import ChatGetConversationsResponseIncludes
    from .chat_get_conversations_response_includes_users_item import ChatGetConversationsResponseIncludesUsersItem
    from .chat_get_conversations_response_meta import ChatGetConversationsResponseMeta
    from .chat_mark_conversation_read_request import ChatMarkConversationReadRequest
    from .chat_mark_conversation_read_response import ChatMarkConversationReadResponse
    from .chat_mark_conversation_read_response_data import ChatMarkConversationReadResponseData
    from .chat_media_upload_append_json_request import ChatMediaUploadAppendJsonRequest
    from .chat_media_upload_append_multipart_request import ChatMediaUploadAppendMultipartRequest
    from .chat_media_upload_finalize_request import ChatMediaUploadFinalizeRequest
    from .chat_media_upload_finalize_response import ChatMediaUploadFinalizeResponse
    from .chat_media_upload_finalize_response_data import ChatMediaUploadFinalizeResponseData
    from .chat_media_upload_initialize_request import ChatMediaUploadInitializeRequest
    from .chat_media_upload_initialize_response import ChatMediaUploadInitializeResponse
    from .chat_media_upload_initialize_response_data import ChatMediaUploadInitializeResponseData
    from .chat_message_event import ChatMessageEvent
    from .chat_message_event_field import ChatMessageEventField
    from .chat_message_event_signature import ChatMessageEventSignature
    from .chat_message_signing_key_info import ChatMessageSigningKeyInfo
    from .chat_send_message_request import ChatSendMessageRequest
    from .chat_send_message_response import ChatSendMessageResponse
    from .chat_send_message_response_data import ChatSendMessageResponseData
    from .chat_send_typing_indicator_response import ChatSendTypingIndicatorResponse
    from .chat_send_typing_indicator_response_data import ChatSendTypingIndicatorResponseData
    from .client_forbidden_problem import ClientForbiddenProblem
    from .client_forbidden_problem_reason import ClientForbiddenProblemReason
    from .connection_exception_problem import ConnectionExceptionProblem
    from .connection_exception_problem_connection_issue import ConnectionExceptionProblemConnectionIssue
    from .disallowed_resource_problem import DisallowedResourceProblem
    from .disallowed_resource_problem_resource_type import DisallowedResourceProblemResourceType
    from .disallowed_resource_problem_section import DisallowedResourceProblemSection
    from .duplicate_rule_problem import DuplicateRuleProblem
    from .error import Error
    from .field_unauthorized_problem import FieldUnauthorizedProblem
    from .field_unauthorized_problem_resource_type import FieldUnauthorizedProblemResourceType
    from .field_unauthorized_problem_section import FieldUnauthorizedProblemSection
    from .invalid_request_problem import InvalidRequestProblem
    from .invalid_request_problem_errors_item import InvalidRequestProblemErrorsItem
    from .invalid_request_problem_errors_item_parameters import InvalidRequestProblemErrorsItemParameters
    from .media_upload_append_response import MediaUploadAppendResponse
    from .media_upload_append_response_data import MediaUploadAppendResponseData
    from .operational_disconnect_problem import OperationalDisconnectProblem
    from .operational_disconnect_problem_disconnect_type import OperationalDisconnectProblemDisconnectType
    from .problem import Problem
    from .public_key import PublicKey
    from .public_key_field import PublicKeyField
    from .public_key_juicebox_config import PublicKeyJuiceboxConfig
    from .resource_not_found_problem import ResourceNotFoundProblem
    from .resource_not_found_problem_resource_type import ResourceNotFoundProblemResourceType
    from .resource_unauthorized_problem import ResourceUnauthorizedProblem
    from .resource_unauthorized_problem_resource_type import ResourceUnauthorizedProblemResourceType
    from .resource_unauthorized_problem_section import ResourceUnauthorizedProblemSection
    from .resource_unavailable_problem import ResourceUnavailableProblem
    from .resource_unavailable_problem_resource_type import ResourceUnavailableProblemResourceType
    from .usage_cap_exceeded_problem import UsageCapExceededProblem
    from .usage_cap_exceeded_problem_period import UsageCapExceededProblemPeriod
    from .usage_cap_exceeded_problem_scope import UsageCapExceededProblemScope
    from .user_field import UserField
    from .user_public_keys_response import UserPublicKeysResponse

_MODULES = {
    "ChatConversation": ".chat_conversation",
    "ChatConversationExpansion": ".chat_conversation_expansion",
    "ChatConversationField": ".chat_conversation_field",
    "ChatConversationType": ".chat_conversation_type",
    "ChatGetConversationResponse": ".chat_get_conversation_response",
    "ChatGetConversationResponseMeta": ".chat_get_conversation_response_meta",
    "ChatGetConversationsResponse": ".chat_get_conversations_response",
    "ChatGetConversationsResponseIncludes": ".chat_get_conversations_response_includes",
    "ChatGetConversationsResponseIncludesUsersItem": ".chat_get_conversations_response_includes_users_item",
    "ChatGetConversationsResponseMeta": ".chat_get_conversations_response_meta",
    "ChatMarkConversationReadRequest": ".chat_mark_conversation_read_request",
    "ChatMarkConversationReadResponse": ".chat_mark_conversation_read_response",
    "ChatMarkConversationReadResponseData": ".chat_mark_conversation_read_response_data",
    "ChatMediaUploadAppendJsonRequest": ".chat_media_upload_append_json_request",
    "ChatMediaUploadAppendMultipartRequest": ".chat_media_upload_append_multipart_request",
    "ChatMediaUploadFinalizeRequest": ".chat_media_upload_finalize_request",
    "ChatMediaUploadFinalizeResponse": ".chat_media_upload_finalize_response",
    "ChatMediaUploadFinalizeResponseData": ".chat_media_upload_finalize_response_data",
    "ChatMediaUploadInitializeRequest": ".chat_media_upload_initialize_request",
    "ChatMediaUploadInitializeResponse": ".chat_media_upload_initialize_response",
    "ChatMediaUploadInitializeResponseData": ".chat_media_upload_initialize_response_data",
    "ChatMessageEvent": ".chat_message_event",
    "ChatMessageEventField": ".chat_message_event_field",
    "ChatMessageEventSignature": ".chat_message_event_signature",
    "ChatMessageSigningKeyInfo": ".chat_message_signing_key_info",
    "ChatSendMessageRequest": ".chat_send_message_request",
    "ChatSendMessageResponse": ".chat_send_message_response",
    "ChatSendMessageResponseData": ".chat_send_message_response_data",
    "ChatSendTypingIndicatorResponse": ".chat_send_typing_indicator_response",
    "ChatSendTypingIndicatorResponseData": ".chat_send_typing_indicator_response_data",
    "ClientForbiddenProblem": ".client_forbidden_problem",
    "ClientForbiddenProblemReason": ".client_forbidden_problem_reason",
    "ConnectionExceptionProblem": ".connection_exception_problem",
    "ConnectionExceptionProblemConnectionIssue": ".connection_exception_problem_connection_issue",
    "DisallowedResourceProblem": ".disallowed_resource_problem",
    "DisallowedResourceProblemResourceType": ".disallowed_resource_problem_resource_type",
    "DisallowedResourceProblemSection": ".disallowed_resource_problem_section",
    "DuplicateRuleProblem": ".duplicate_rule_problem",
    "Error": ".error",
    "FieldUnauthorizedProblem": ".field_unauthorized_problem",
    "FieldUnauthorizedProblemResourceType": ".field_unauthorized_problem_resource_type",
    "FieldUnauthorizedProblemSection": ".field_unauthorized_problem_section",
    "InvalidRequestProblem": ".invalid_request_problem",
    "InvalidRequestProblemErrorsItem": ".invalid_request_problem_errors_item",
    "InvalidRequestProblemErrorsItemParameters": ".invalid_request_problem_errors_item_parameters",
    "MediaUploadAppendResponse": ".media_upload_append_response",
    "MediaUploadAppendResponseData": ".media_upload_append_response_data",
    "OperationalDisconnectProblem": ".operational_disconnect_problem",
    "OperationalDisconnectProblemDisconnectType": ".operational_disconnect_problem_disconnect_type",
    "Problem": ".problem",
    "PublicKey": ".public_key",
    "PublicKeyField": ".public_key_field",
    "PublicKeyJuiceboxConfig": ".public_key_juicebox_config",
    "ResourceNotFoundProblem": ".resource_not_found_problem",
    "ResourceNotFoundProblemResourceType": ".resource_not_found_problem_resource_type",
    "ResourceUnauthorizedProblem": ".resource_unauthorized_problem",
    "ResourceUnauthorizedProblemResourceType": ".resource_unauthorized_problem_resource_type",
    "ResourceUnauthorizedProblemSection": ".resource_unauthorized_problem_section",
    "ResourceUnavailableProblem": ".resource_unavailable_problem",
    "ResourceUnavailableProblemResourceType": ".resource_unavailable_problem_resource_type",
    "UsageCapExceededProblem": ".usage_cap_exceeded_problem",
    "UsageCapExceededProblemPeriod": ".usage_cap_exceeded_problem_period",
    "UsageCapExceededProblemScope": ".usage_cap_exceeded_problem_scope",
    "UserField": ".user_field",
    "UserPublicKeysResponse": ".user_public_keys_response",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))


__all__ = (
    "ChatConversation",
    "ChatConversationExpansion",
    "ChatConversationField",
    "ChatConversationType",
    "ChatGetConversationResponse",
    "ChatGetConversationResponseMeta",
    "ChatGetConversationsResponse",
    "ChatGetConversationsResponseIncludes",
    "ChatGetConversationsResponseIncludesUsersItem",
    "ChatGetConversationsResponseMeta",
    "ChatMarkConversationReadRequest",
    "ChatMarkConversationReadResponse",
    "ChatMarkConversationReadResponseData",
    "ChatMediaUploadAppendJsonRequest",
    "ChatMediaUploadAppendMultipartRequest",
    "ChatMediaUploadFinalizeRequest",
    "ChatMediaUploadFinalizeResponse",
    "ChatMediaUploadFinalizeResponseData",
    "ChatMediaUploadInitializeRequest",
    "ChatMediaUploadInitializeResponse",
    "ChatMediaUploadInitializeResponseData",
    "ChatMessageEvent",
    "ChatMessageEventField",
    "ChatMessageEventSignature",
    "ChatMessageSigningKeyInfo",
    "ChatSendMessageRequest",
    "ChatSendMessageResponse",
    "ChatSendMessageResponseData",
    "ChatSendTypingIndicatorResponse",
    "ChatSendTypingIndicatorResponseData",
    "ClientForbiddenProblem",
    "ClientForbiddenProblemReason",
    "ConnectionExceptionProblem",
    "ConnectionExceptionProblemConnectionIssue",
    "DisallowedResourceProblem",
    "DisallowedResourceProblemResourceType",
    "DisallowedResourceProblemSection",
    "DuplicateRuleProblem",
    "Error",
    "FieldUnauthorizedProblem",
    "FieldUnauthorizedProblemResourceType",
    "FieldUnauthorizedProblemSection",
    "InvalidRequestProblem",
    "InvalidRequestProblemErrorsItem",
    "InvalidRequestProblemErrorsItemParameters",
    "MediaUploadAppendResponse",
    "MediaUploadAppendResponseData",
    "OperationalDisconnectProblem",
    "OperationalDisconnectProblemDisconnectType",
    "Problem",
    "PublicKey",
    "PublicKeyField",
    "PublicKeyJuiceboxConfig",
    "ResourceNotFoundProblem",
    "ResourceNotFoundProblemResourceType",
    "ResourceUnauthorizedProblem",
    "ResourceUnauthorizedProblemResourceType",
    "ResourceUnauthorizedProblemSection",
    "ResourceUnavailableProblem",
    "ResourceUnavailableProblemResourceType",
    "UsageCapExceededProblem",
    "UsageCapExceededProblemPeriod",
    "UsageCapExceededProblemScope",
    "UserField",
    "UserPublicKeysResponse",
)
