"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .activity_stream_response import ActivityStreamResponse
    from .activity_stream_response_data import ActivityStreamResponseData
    from .activity_subscription_filter import ActivitySubscriptionFilter
    from .activity_subscription_filter_direction import ActivitySubscriptionFilterDirection
    from .add_chat_group_members_action_signatures import AddChatGroupMembersActionSignatures
    from .add_chat_group_members_action_signatures_message_event_signature import (
        AddChatGroupMembersActionSignaturesMessageEventSignature,
    )
    from .add_chat_group_members_action_signatures_message_event_signature_message_signing_key_info_list import (
        AddChatGroupMembersActionSignaturesMessageEventSignatureMessageSigningKeyInfoList,
    )
    from .add_chat_group_members_conversation_participant_keys import AddChatGroupMembersConversationParticipantKeys
    from .add_chat_group_members_request import AddChatGroupMembersRequest
    from .add_chat_group_members_response import AddChatGroupMembersResponse
    from .add_conversation_keys_action_signatures import AddConversationKeysActionSignatures
    from .add_conversation_keys_action_signatures_message_event_signature import (
        AddConversationKeysActionSignaturesMessageEventSignature,
    )
    from .add_conversation_keys_action_signatures_message_event_signature_message_signing_key_info_list import (
        AddConversationKeysActionSignaturesMessageEventSignatureMessageSigningKeyInfoList,
    )
    from .add_conversation_keys_conversation_participant_keys import AddConversationKeysConversationParticipantKeys
    from .add_conversation_keys_request import AddConversationKeysRequest
    from .add_conversation_keys_response import AddConversationKeysResponse
    from .add_conversation_keys_response_data import AddConversationKeysResponseData
    from .add_user_public_key_public_key import AddUserPublicKeyPublicKey
    from .add_user_public_key_request import AddUserPublicKeyRequest
    from .add_user_public_key_response import AddUserPublicKeyResponse
    from .add_user_public_key_response_data import AddUserPublicKeyResponseData
    from .add_user_public_key_response_data_juicebox_config import AddUserPublicKeyResponseDataJuiceboxConfig
    from .broadcast_chat_expansion import BroadcastChatExpansion
    from .broadcast_chat_message import BroadcastChatMessage
    from .broadcast_chat_message_field import BroadcastChatMessageField
    from .chat_activity_response_payload import ChatActivityResponsePayload
    from .chat_conversation import ChatConversation
    from .chat_conversation_expansion import ChatConversationExpansion
    from .chat_conversation_field import ChatConversationField
    from .chat_media_upload_append_request import ChatMediaUploadAppendRequest
    from .chat_media_upload_append_response import ChatMediaUploadAppendResponse
    from .chat_media_upload_append_response_data import ChatMediaUploadAppendResponseData
    from .chat_media_upload_finalize_request import ChatMediaUploadFinalizeRequest
    from .chat_media_upload_finalize_response import ChatMediaUploadFinalizeResponse
    from .chat_media_upload_finalize_response_data import ChatMediaUploadFinalizeResponseData
    from .chat_media_upload_initialize_request import ChatMediaUploadInitializeRequest
    from .chat_media_upload_initialize_response import ChatMediaUploadInitializeResponse
    from .chat_media_upload_initialize_response_data import ChatMediaUploadInitializeResponseData
    from .chat_message_event import ChatMessageEvent
    from .chat_message_event_field import ChatMessageEventField
    from .chat_message_event_message_event_signature import ChatMessageEventMessageEventSignature
    from .chat_message_events_meta import ChatMessageEventsMeta
    from .create_activity_subscription_filter import CreateActivitySubscriptionFilter
    from .create_activity_subscription_filter_direction import CreateActivitySubscriptionFilterDirection
    from .create_activity_subscription_request import CreateActivitySubscriptionRequest
    from .create_activity_subscription_request_event_type import CreateActivitySubscriptionRequestEventType
    from .create_activity_subscription_response import CreateActivitySubscriptionResponse
    from .create_activity_subscription_response_data import CreateActivitySubscriptionResponseData
    from .create_activity_subscription_response_data_subscription import (
        CreateActivitySubscriptionResponseDataSubscription,
    )
    from .create_activity_subscription_response_data_subscription_filter import (
        CreateActivitySubscriptionResponseDataSubscriptionFilter,
    )
    from .create_chat_conversation_action_signatures import CreateChatConversationActionSignatures
    from .create_chat_conversation_action_signatures_message_event_signature import (
        CreateChatConversationActionSignaturesMessageEventSignature,
    )
    from .create_chat_conversation_action_signatures_message_event_signature_message_signing_key_info_list import (
        CreateChatConversationActionSignaturesMessageEventSignatureMessageSigningKeyInfoList,
    )
    from .create_chat_conversation_conversation_participant_keys import (
        CreateChatConversationConversationParticipantKeys,
    )
    from .create_chat_conversation_request import CreateChatConversationRequest
    from .create_chat_conversation_response import CreateChatConversationResponse
    from .create_chat_conversation_response_data import CreateChatConversationResponseData
    from .create_webhook_replay_job_request import CreateWebhookReplayJobRequest
    from .create_webhook_replay_job_response import CreateWebhookReplayJobResponse
    from .create_webhook_replay_job_response_data import CreateWebhookReplayJobResponseData
    from .create_webhooks_request import CreateWebhooksRequest
    from .create_webhooks_response import CreateWebhooksResponse
    from .create_webhooks_response_data import CreateWebhooksResponseData
    from .delete_activity_subscription_response import DeleteActivitySubscriptionResponse
    from .delete_activity_subscription_response_data import DeleteActivitySubscriptionResponseData
    from .delete_broadcast_chat_message_response import DeleteBroadcastChatMessageResponse
    from .delete_broadcast_chat_message_response_data import DeleteBroadcastChatMessageResponseData
    from .delete_chat_messages_action_signatures import DeleteChatMessagesActionSignatures
    from .delete_chat_messages_action_signatures_message_event_signature import (
        DeleteChatMessagesActionSignaturesMessageEventSignature,
    )
    from .delete_chat_messages_action_signatures_message_event_signature_message_signing_key_info_list import (
        DeleteChatMessagesActionSignaturesMessageEventSignatureMessageSigningKeyInfoList,
    )
    from .delete_chat_messages_request import DeleteChatMessagesRequest
    from .delete_chat_messages_request_delete_message_action import DeleteChatMessagesRequestDeleteMessageAction
    from .delete_chat_messages_response import DeleteChatMessagesResponse
    from .delete_chat_messages_response_data import DeleteChatMessagesResponseData
    from .delete_webhooks_response import DeleteWebhooksResponse
    from .delete_webhooks_response_data import DeleteWebhooksResponseData
    from .disallowed_resource_problem import DisallowedResourceProblem
    from .disallowed_resource_problem_type import DisallowedResourceProblemType
    from .error import Error
    from .expansions import Expansions
    from .field_hydration_failure_problem import FieldHydrationFailureProblem
    from .field_hydration_failure_problem_type import FieldHydrationFailureProblemType
    from .field_unauthorized_problem import FieldUnauthorizedProblem
    from .field_unauthorized_problem_type import FieldUnauthorizedProblemType
    from .follow_activity_response_payload import FollowActivityResponsePayload
    from .generic_problem import GenericProblem
    from .get_activity_subscriptions_response import GetActivitySubscriptionsResponse
    from .get_activity_subscriptions_response_data import GetActivitySubscriptionsResponseData
    from .get_activity_subscriptions_response_data_filter import GetActivitySubscriptionsResponseDataFilter
    from .get_broadcast_chat_response import GetBroadcastChatResponse
    from .get_broadcast_chat_response_meta import GetBroadcastChatResponseMeta
    from .get_chat_conversation_events_response import GetChatConversationEventsResponse
    from .get_chat_conversation_response import GetChatConversationResponse
    from .get_chat_conversations_response import GetChatConversationsResponse
    from .get_chat_conversations_response_meta import GetChatConversationsResponseMeta
    from .get_users_public_key_response import GetUsersPublicKeyResponse
    from .get_users_public_keys_response import GetUsersPublicKeysResponse
    from .get_webhooks_response import GetWebhooksResponse
    from .get_webhooks_response_meta import GetWebhooksResponseMeta
    from .initialize_chat_group_response import InitializeChatGroupResponse
    from .initialize_chat_group_response_data import InitializeChatGroupResponseData
    from .internal_error_problem import InternalErrorProblem
    from .internal_error_problem_type import InternalErrorProblemType
    from .invalid_request_problem import InvalidRequestProblem
    from .invalid_request_problem_type import InvalidRequestProblemType
    from .like_with_post_author import LikeWithPostAuthor
    from .mark_chat_conversation_read_request import MarkChatConversationReadRequest
    from .mark_chat_conversation_read_response import MarkChatConversationReadResponse
    from .mark_chat_conversation_read_response_data import MarkChatConversationReadResponseData
    from .media import Media
    from .media_non_public_metrics import MediaNonPublicMetrics
    from .media_organic_metrics import MediaOrganicMetrics
    from .media_promoted_metrics import MediaPromotedMetrics
    from .media_public_metrics import MediaPublicMetrics
    from .media_variants_item import MediaVariantsItem
    from .mute_broadcast_chat_user_request import MuteBroadcastChatUserRequest
    from .mute_broadcast_chat_user_response import MuteBroadcastChatUserResponse
    from .mute_broadcast_chat_user_response_data import MuteBroadcastChatUserResponseData
    from .news_activity_response_payload import NewsActivityResponsePayload
    from .not_authorized_for_field_problem import NotAuthorizedForFieldProblem
    from .not_authorized_for_field_problem_type import NotAuthorizedForFieldProblemType
    from .not_authorized_for_resource_problem import NotAuthorizedForResourceProblem
    from .not_authorized_for_resource_problem_type import NotAuthorizedForResourceProblemType
    from .place import Place
    from .place_geo import PlaceGeo
    from .place_geo_properties import PlaceGeoProperties
    from .place_geo_type_type_0 import PlaceGeoTypeType0
    from .poll import Poll
    from .poll_options_item import PollOptionsItem
    from .post import Post
    from .post_article import PostArticle
    from .post_article_title import PostArticleTitle
    from .post_attachments import PostAttachments
    from .post_context_annotations_item import PostContextAnnotationsItem
    from .post_context_annotations_item_domain_type_0 import PostContextAnnotationsItemDomainType0
    from .post_context_annotations_item_entity_type_0 import PostContextAnnotationsItemEntityType0
    from .post_delete_activity_response_payload import PostDeleteActivityResponsePayload
    from .post_edit_controls import PostEditControls
    from .post_entities import PostEntities
    from .post_entities_cashtags_type_0_item import PostEntitiesCashtagsType0Item
    from .post_entities_hashtags_type_0_item import PostEntitiesHashtagsType0Item
    from .post_entities_mentions_type_0_item import PostEntitiesMentionsType0Item
    from .post_entities_urls_type_0_item import PostEntitiesUrlsType0Item
    from .post_entities_urls_type_0_item_images_type_0_item import PostEntitiesUrlsType0ItemImagesType0Item
    from .post_geo import PostGeo
    from .post_geo_coordinates_type_0 import PostGeoCoordinatesType0
    from .post_geo_coordinates_type_0_type import PostGeoCoordinatesType0Type
    from .post_matched_media_notes_item import PostMatchedMediaNotesItem
    from .post_media_metadata_item import PostMediaMetadataItem
    from .post_non_public_metrics import PostNonPublicMetrics
    from .post_note_post import PostNotePost
    from .post_note_post_entities_type_0 import PostNotePostEntitiesType0
    from .post_note_post_entities_type_0_cashtags_type_0_item import PostNotePostEntitiesType0CashtagsType0Item
    from .post_note_post_entities_type_0_hashtags_type_0_item import PostNotePostEntitiesType0HashtagsType0Item
    from .post_note_post_entities_type_0_mentions_type_0_item import PostNotePostEntitiesType0MentionsType0Item
    from .post_note_post_entities_type_0_urls_type_0_item import PostNotePostEntitiesType0UrlsType0Item
    from .post_note_request_suggestions_item import PostNoteRequestSuggestionsItem
    from .post_organic_metrics import PostOrganicMetrics
    from .post_promoted_metrics import PostPromotedMetrics
    from .post_public_metrics import PostPublicMetrics
    from .post_referenced_posts_item import PostReferencedPostsItem
    from .post_referenced_posts_item_type_type_0 import PostReferencedPostsItemTypeType0
    from .post_scopes import PostScopes
    from .post_suggested_source_links_with_counts_item import PostSuggestedSourceLinksWithCountsItem
    from .post_withheld import PostWithheld
    from .post_withheld_scope import PostWithheldScope
    from .post_withheld_scope_type_2_type_1 import PostWithheldScopeType2Type1
    from .post_withheld_scope_type_3_type_1 import PostWithheldScopeType3Type1
    from .profile_update_activity_response_payload import ProfileUpdateActivityResponsePayload
    from .public_key import PublicKey
    from .public_key_field import PublicKeyField
    from .public_key_juicebox_config import PublicKeyJuiceboxConfig
    from .resource_not_found_problem import ResourceNotFoundProblem
    from .resource_not_found_problem_type import ResourceNotFoundProblemType
    from .resource_unavailable_problem import ResourceUnavailableProblem
    from .resource_unavailable_problem_type import ResourceUnavailableProblemType
    from .send_broadcast_chat_request import SendBroadcastChatRequest
    from .send_broadcast_chat_response import SendBroadcastChatResponse
    from .send_broadcast_chat_response_data import SendBroadcastChatResponseData
    from .send_chat_message_request import SendChatMessageRequest
    from .send_chat_message_response import SendChatMessageResponse
    from .send_chat_message_response_data import SendChatMessageResponseData
    from .send_chat_typing_indicator_response import SendChatTypingIndicatorResponse
    from .send_chat_typing_indicator_response_data import SendChatTypingIndicatorResponseData
    from .topic import Topic
    from .unmute_broadcast_chat_user_response import UnmuteBroadcastChatUserResponse
    from .unmute_broadcast_chat_user_response_data import UnmuteBroadcastChatUserResponseData
    from .update_activity_subscription_request import UpdateActivitySubscriptionRequest
    from .update_activity_subscription_response import UpdateActivitySubscriptionResponse
    from .update_activity_subscription_response_data import UpdateActivitySubscriptionResponseData
    from .update_activity_subscription_response_data_subscription import (
        UpdateActivitySubscriptionResponseDataSubscription,
    )
    from .update_activity_subscription_response_data_subscription_filter import (
        UpdateActivitySubscriptionResponseDataSubscriptionFilter,
    )
    from .user import User
    from .user_affiliation import UserAffiliation
    from .user_connection_status_item import UserConnectionStatusItem
    from .user_entities import UserEntities
    from .user_entities_description_type_0 import UserEntitiesDescriptionType0
    from .user_entities_description_type_0_cashtags_type_0_item import UserEntitiesDescriptionType0CashtagsType0Item
    from .user_entities_description_type_0_hashtags_type_0_item import UserEntitiesDescriptionType0HashtagsType0Item
    from .user_entities_description_type_0_mentions_type_0_item import UserEntitiesDescriptionType0MentionsType0Item
    from .user_entities_description_type_0_urls_type_0_item import UserEntitiesDescriptionType0UrlsType0Item
    from .user_entities_description_type_0_urls_type_0_item_images_type_0_item import (
        UserEntitiesDescriptionType0UrlsType0ItemImagesType0Item,
    )
    from .user_entities_url_type_0 import UserEntitiesUrlType0
    from .user_entities_url_type_0_urls_type_0_item import UserEntitiesUrlType0UrlsType0Item
    from .user_entities_url_type_0_urls_type_0_item_images_type_0_item import (
        UserEntitiesUrlType0UrlsType0ItemImagesType0Item,
    )
    from .user_field import UserField
    from .user_public_metrics import UserPublicMetrics
    from .user_subscription import UserSubscription
    from .user_withheld import UserWithheld
    from .user_withheld_scope import UserWithheldScope
    from .user_withheld_scope_type_2_type_1 import UserWithheldScopeType2Type1
    from .user_withheld_scope_type_3_type_1 import UserWithheldScopeType3Type1
    from .validate_webhooks_response import ValidateWebhooksResponse
    from .validate_webhooks_response_data import ValidateWebhooksResponseData
    from .webhook_config import WebhookConfig
    from .webhook_config_field import WebhookConfigField

_MODULES = {
    "ActivityStreamResponse": ".activity_stream_response",
    "ActivityStreamResponseData": ".activity_stream_response_data",
    "ActivitySubscriptionFilter": ".activity_subscription_filter",
    "ActivitySubscriptionFilterDirection": ".activity_subscription_filter_direction",
    "AddChatGroupMembersActionSignatures": ".add_chat_group_members_action_signatures",
    "AddChatGroupMembersActionSignaturesMessageEventSignature": ".add_chat_group_members_action_signatures_message_event_signature",
    "AddChatGroupMembersActionSignaturesMessageEventSignatureMessageSigningKeyInfoList": ".add_chat_group_members_action_signatures_message_event_signature_message_signing_key_info_list",
    "AddChatGroupMembersConversationParticipantKeys": ".add_chat_group_members_conversation_participant_keys",
    "AddChatGroupMembersRequest": ".add_chat_group_members_request",
    "AddChatGroupMembersResponse": ".add_chat_group_members_response",
    "AddConversationKeysActionSignatures": ".add_conversation_keys_action_signatures",
    "AddConversationKeysActionSignaturesMessageEventSignature": ".add_conversation_keys_action_signatures_message_event_signature",
    "AddConversationKeysActionSignaturesMessageEventSignatureMessageSigningKeyInfoList": ".add_conversation_keys_action_signatures_message_event_signature_message_signing_key_info_list",
    "AddConversationKeysConversationParticipantKeys": ".add_conversation_keys_conversation_participant_keys",
    "AddConversationKeysRequest": ".add_conversation_keys_request",
    "AddConversationKeysResponse": ".add_conversation_keys_response",
    "AddConversationKeysResponseData": ".add_conversation_keys_response_data",
    "AddUserPublicKeyPublicKey": ".add_user_public_key_public_key",
    "AddUserPublicKeyRequest": ".add_user_public_key_request",
    "AddUserPublicKeyResponse": ".add_user_public_key_response",
    "AddUserPublicKeyResponseData": ".add_user_public_key_response_data",
    "AddUserPublicKeyResponseDataJuiceboxConfig": ".add_user_public_key_response_data_juicebox_config",
    "BroadcastChatExpansion": ".broadcast_chat_expansion",
    "BroadcastChatMessage": ".broadcast_chat_message",
    "BroadcastChatMessageField": ".broadcast_chat_message_field",
    "ChatActivityResponsePayload": ".chat_activity_response_payload",
    "ChatConversation": ".chat_conversation",
    "ChatConversationExpansion": ".chat_conversation_expansion",
    "ChatConversationField": ".chat_conversation_field",
    "ChatMediaUploadAppendRequest": ".chat_media_upload_append_request",
    "ChatMediaUploadAppendResponse": ".chat_media_upload_append_response",
    "ChatMediaUploadAppendResponseData": ".chat_media_upload_append_response_data",
    "ChatMediaUploadFinalizeRequest": ".chat_media_upload_finalize_request",
    "ChatMediaUploadFinalizeResponse": ".chat_media_upload_finalize_response",
    "ChatMediaUploadFinalizeResponseData": ".chat_media_upload_finalize_response_data",
    "ChatMediaUploadInitializeRequest": ".chat_media_upload_initialize_request",
    "ChatMediaUploadInitializeResponse": ".chat_media_upload_initialize_response",
    "ChatMediaUploadInitializeResponseData": ".chat_media_upload_initialize_response_data",
    "ChatMessageEvent": ".chat_message_event",
    "ChatMessageEventField": ".chat_message_event_field",
    "ChatMessageEventMessageEventSignature": ".chat_message_event_message_event_signature",
    "ChatMessageEventsMeta": ".chat_message_events_meta",
    "CreateActivitySubscriptionFilter": ".create_activity_subscription_filter",
    "CreateActivitySubscriptionFilterDirection": ".create_activity_subscription_filter_direction",
    "CreateActivitySubscriptionRequest": ".create_activity_subscription_request",
    "CreateActivitySubscriptionRequestEventType": ".create_activity_subscription_request_event_type",
    "CreateActivitySubscriptionResponse": ".create_activity_subscription_response",
    "CreateActivitySubscriptionResponseData": ".create_activity_subscription_response_data",
    "CreateActivitySubscriptionResponseDataSubscription": ".create_activity_subscription_response_data_subscription",
    "CreateActivitySubscriptionResponseDataSubscriptionFilter": ".create_activity_subscription_response_data_subscription_filter",
    "CreateChatConversationActionSignatures": ".create_chat_conversation_action_signatures",
    "CreateChatConversationActionSignaturesMessageEventSignature": ".create_chat_conversation_action_signatures_message_event_signature",
    "CreateChatConversationActionSignaturesMessageEventSignatureMessageSigningKeyInfoList": ".create_chat_conversation_action_signatures_message_event_signature_message_signing_key_info_list",
    "CreateChatConversationConversationParticipantKeys": ".create_chat_conversation_conversation_participant_keys",
    "CreateChatConversationRequest": ".create_chat_conversation_request",
    "CreateChatConversationResponse": ".create_chat_conversation_response",
    "CreateChatConversationResponseData": ".create_chat_conversation_response_data",
    "CreateWebhookReplayJobRequest": ".create_webhook_replay_job_request",
    "CreateWebhookReplayJobResponse": ".create_webhook_replay_job_response",
    "CreateWebhookReplayJobResponseData": ".create_webhook_replay_job_response_data",
    "CreateWebhooksRequest": ".create_webhooks_request",
    "CreateWebhooksResponse": ".create_webhooks_response",
    "CreateWebhooksResponseData": ".create_webhooks_response_data",
    "DeleteActivitySubscriptionResponse": ".delete_activity_subscription_response",
    "DeleteActivitySubscriptionResponseData": ".delete_activity_subscription_response_data",
    "DeleteBroadcastChatMessageResponse": ".delete_broadcast_chat_message_response",
    "DeleteBroadcastChatMessageResponseData": ".delete_broadcast_chat_message_response_data",
    "DeleteChatMessagesActionSignatures": ".delete_chat_messages_action_signatures",
    "DeleteChatMessagesActionSignaturesMessageEventSignature": ".delete_chat_messages_action_signatures_message_event_signature",
    "DeleteChatMessagesActionSignaturesMessageEventSignatureMessageSigningKeyInfoList": ".delete_chat_messages_action_signatures_message_event_signature_message_signing_key_info_list",
    "DeleteChatMessagesRequest": ".delete_chat_messages_request",
    "DeleteChatMessagesRequestDeleteMessageAction": ".delete_chat_messages_request_delete_message_action",
    "DeleteChatMessagesResponse": ".delete_chat_messages_response",
    "DeleteChatMessagesResponseData": ".delete_chat_messages_response_data",
    "DeleteWebhooksResponse": ".delete_webhooks_response",
    "DeleteWebhooksResponseData": ".delete_webhooks_response_data",
    "DisallowedResourceProblem": ".disallowed_resource_problem",
    "DisallowedResourceProblemType": ".disallowed_resource_problem_type",
    "Error": ".error",
    "Expansions": ".expansions",
    "FieldHydrationFailureProblem": ".field_hydration_failure_problem",
    "FieldHydrationFailureProblemType": ".field_hydration_failure_problem_type",
    "FieldUnauthorizedProblem": ".field_unauthorized_problem",
    "FieldUnauthorizedProblemType": ".field_unauthorized_problem_type",
    "FollowActivityResponsePayload": ".follow_activity_response_payload",
    "GenericProblem": ".generic_problem",
    "GetActivitySubscriptionsResponse": ".get_activity_subscriptions_response",
    "GetActivitySubscriptionsResponseData": ".get_activity_subscriptions_response_data",
    "GetActivitySubscriptionsResponseDataFilter": ".get_activity_subscriptions_response_data_filter",
    "GetBroadcastChatResponse": ".get_broadcast_chat_response",
    "GetBroadcastChatResponseMeta": ".get_broadcast_chat_response_meta",
    "GetChatConversationEventsResponse": ".get_chat_conversation_events_response",
    "GetChatConversationResponse": ".get_chat_conversation_response",
    "GetChatConversationsResponse": ".get_chat_conversations_response",
    "GetChatConversationsResponseMeta": ".get_chat_conversations_response_meta",
    "GetUsersPublicKeyResponse": ".get_users_public_key_response",
    "GetUsersPublicKeysResponse": ".get_users_public_keys_response",
    "GetWebhooksResponse": ".get_webhooks_response",
    "GetWebhooksResponseMeta": ".get_webhooks_response_meta",
    "InitializeChatGroupResponse": ".initialize_chat_group_response",
    "InitializeChatGroupResponseData": ".initialize_chat_group_response_data",
    "InternalErrorProblem": ".internal_error_problem",
    "InternalErrorProblemType": ".internal_error_problem_type",
    "InvalidRequestProblem": ".invalid_request_problem",
    "InvalidRequestProblemType": ".invalid_request_problem_type",
    "LikeWithPostAuthor": ".like_with_post_author",
    "MarkChatConversationReadRequest": ".mark_chat_conversation_read_request",
    "MarkChatConversationReadResponse": ".mark_chat_conversation_read_response",
    "MarkChatConversationReadResponseData": ".mark_chat_conversation_read_response_data",
    "Media": ".media",
    "MediaNonPublicMetrics": ".media_non_public_metrics",
    "MediaOrganicMetrics": ".media_organic_metrics",
    "MediaPromotedMetrics": ".media_promoted_metrics",
    "MediaPublicMetrics": ".media_public_metrics",
    "MediaVariantsItem": ".media_variants_item",
    "MuteBroadcastChatUserRequest": ".mute_broadcast_chat_user_request",
    "MuteBroadcastChatUserResponse": ".mute_broadcast_chat_user_response",
    "MuteBroadcastChatUserResponseData": ".mute_broadcast_chat_user_response_data",
    "NewsActivityResponsePayload": ".news_activity_response_payload",
    "NotAuthorizedForFieldProblem": ".not_authorized_for_field_problem",
    "NotAuthorizedForFieldProblemType": ".not_authorized_for_field_problem_type",
    "NotAuthorizedForResourceProblem": ".not_authorized_for_resource_problem",
    "NotAuthorizedForResourceProblemType": ".not_authorized_for_resource_problem_type",
    "Place": ".place",
    "PlaceGeo": ".place_geo",
    "PlaceGeoProperties": ".place_geo_properties",
    "PlaceGeoTypeType0": ".place_geo_type_type_0",
    "Poll": ".poll",
    "PollOptionsItem": ".poll_options_item",
    "Post": ".post",
    "PostArticle": ".post_article",
    "PostArticleTitle": ".post_article_title",
    "PostAttachments": ".post_attachments",
    "PostContextAnnotationsItem": ".post_context_annotations_item",
    "PostContextAnnotationsItemDomainType0": ".post_context_annotations_item_domain_type_0",
    "PostContextAnnotationsItemEntityType0": ".post_context_annotations_item_entity_type_0",
    "PostDeleteActivityResponsePayload": ".post_delete_activity_response_payload",
    "PostEditControls": ".post_edit_controls",
    "PostEntities": ".post_entities",
    "PostEntitiesCashtagsType0Item": ".post_entities_cashtags_type_0_item",
    "PostEntitiesHashtagsType0Item": ".post_entities_hashtags_type_0_item",
    "PostEntitiesMentionsType0Item": ".post_entities_mentions_type_0_item",
    "PostEntitiesUrlsType0Item": ".post_entities_urls_type_0_item",
    "PostEntitiesUrlsType0ItemImagesType0Item": ".post_entities_urls_type_0_item_images_type_0_item",
    "PostGeo": ".post_geo",
    "PostGeoCoordinatesType0": ".post_geo_coordinates_type_0",
    "PostGeoCoordinatesType0Type": ".post_geo_coordinates_type_0_type",
    "PostMatchedMediaNotesItem": ".post_matched_media_notes_item",
    "PostMediaMetadataItem": ".post_media_metadata_item",
    "PostNonPublicMetrics": ".post_non_public_metrics",
    "PostNotePost": ".post_note_post",
    "PostNotePostEntitiesType0": ".post_note_post_entities_type_0",
    "PostNotePostEntitiesType0CashtagsType0Item": ".post_note_post_entities_type_0_cashtags_type_0_item",
    "PostNotePostEntitiesType0HashtagsType0Item": ".post_note_post_entities_type_0_hashtags_type_0_item",
    "PostNotePostEntitiesType0MentionsType0Item": ".post_note_post_entities_type_0_mentions_type_0_item",
    "PostNotePostEntitiesType0UrlsType0Item": ".post_note_post_entities_type_0_urls_type_0_item",
    "PostNoteRequestSuggestionsItem": ".post_note_request_suggestions_item",
    "PostOrganicMetrics": ".post_organic_metrics",
    "PostPromotedMetrics": ".post_promoted_metrics",
    "PostPublicMetrics": ".post_public_metrics",
    "PostReferencedPostsItem": ".post_referenced_posts_item",
    "PostReferencedPostsItemTypeType0": ".post_referenced_posts_item_type_type_0",
    "PostScopes": ".post_scopes",
    "PostSuggestedSourceLinksWithCountsItem": ".post_suggested_source_links_with_counts_item",
    "PostWithheld": ".post_withheld",
    "PostWithheldScope": ".post_withheld_scope",
    "PostWithheldScopeType2Type1": ".post_withheld_scope_type_2_type_1",
    "PostWithheldScopeType3Type1": ".post_withheld_scope_type_3_type_1",
    "ProfileUpdateActivityResponsePayload": ".profile_update_activity_response_payload",
    "PublicKey": ".public_key",
    "PublicKeyField": ".public_key_field",
    "PublicKeyJuiceboxConfig": ".public_key_juicebox_config",
    "ResourceNotFoundProblem": ".resource_not_found_problem",
    "ResourceNotFoundProblemType": ".resource_not_found_problem_type",
    "ResourceUnavailableProblem": ".resource_unavailable_problem",
    "ResourceUnavailableProblemType": ".resource_unavailable_problem_type",
    "SendBroadcastChatRequest": ".send_broadcast_chat_request",
    "SendBroadcastChatResponse": ".send_broadcast_chat_response",
    "SendBroadcastChatResponseData": ".send_broadcast_chat_response_data",
    "SendChatMessageRequest": ".send_chat_message_request",
    "SendChatMessageResponse": ".send_chat_message_response",
    "SendChatMessageResponseData": ".send_chat_message_response_data",
    "SendChatTypingIndicatorResponse": ".send_chat_typing_indicator_response",
    "SendChatTypingIndicatorResponseData": ".send_chat_typing_indicator_response_data",
    "Topic": ".topic",
    "UnmuteBroadcastChatUserResponse": ".unmute_broadcast_chat_user_response",
    "UnmuteBroadcastChatUserResponseData": ".unmute_broadcast_chat_user_response_data",
    "UpdateActivitySubscriptionRequest": ".update_activity_subscription_request",
    "UpdateActivitySubscriptionResponse": ".update_activity_subscription_response",
    "UpdateActivitySubscriptionResponseData": ".update_activity_subscription_response_data",
    "UpdateActivitySubscriptionResponseDataSubscription": ".update_activity_subscription_response_data_subscription",
    "UpdateActivitySubscriptionResponseDataSubscriptionFilter": ".update_activity_subscription_response_data_subscription_filter",
    "User": ".user",
    "UserAffiliation": ".user_affiliation",
    "UserConnectionStatusItem": ".user_connection_status_item",
    "UserEntities": ".user_entities",
    "UserEntitiesDescriptionType0": ".user_entities_description_type_0",
    "UserEntitiesDescriptionType0CashtagsType0Item": ".user_entities_description_type_0_cashtags_type_0_item",
    "UserEntitiesDescriptionType0HashtagsType0Item": ".user_entities_description_type_0_hashtags_type_0_item",
    "UserEntitiesDescriptionType0MentionsType0Item": ".user_entities_description_type_0_mentions_type_0_item",
    "UserEntitiesDescriptionType0UrlsType0Item": ".user_entities_description_type_0_urls_type_0_item",
    "UserEntitiesDescriptionType0UrlsType0ItemImagesType0Item": ".user_entities_description_type_0_urls_type_0_item_images_type_0_item",
    "UserEntitiesUrlType0": ".user_entities_url_type_0",
    "UserEntitiesUrlType0UrlsType0Item": ".user_entities_url_type_0_urls_type_0_item",
    "UserEntitiesUrlType0UrlsType0ItemImagesType0Item": ".user_entities_url_type_0_urls_type_0_item_images_type_0_item",
    "UserField": ".user_field",
    "UserPublicMetrics": ".user_public_metrics",
    "UserSubscription": ".user_subscription",
    "UserWithheld": ".user_withheld",
    "UserWithheldScope": ".user_withheld_scope",
    "UserWithheldScopeType2Type1": ".user_withheld_scope_type_2_type_1",
    "UserWithheldScopeType3Type1": ".user_withheld_scope_type_3_type_1",
    "ValidateWebhooksResponse": ".validate_webhooks_response",
    "ValidateWebhooksResponseData": ".validate_webhooks_response_data",
    "WebhookConfig": ".webhook_config",
    "WebhookConfigField": ".webhook_config_field",
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
    "ActivityStreamResponse",
    "ActivityStreamResponseData",
    "ActivitySubscriptionFilter",
    "ActivitySubscriptionFilterDirection",
    "AddChatGroupMembersActionSignatures",
    "AddChatGroupMembersActionSignaturesMessageEventSignature",
    "AddChatGroupMembersActionSignaturesMessageEventSignatureMessageSigningKeyInfoList",
    "AddChatGroupMembersConversationParticipantKeys",
    "AddChatGroupMembersRequest",
    "AddChatGroupMembersResponse",
    "AddConversationKeysActionSignatures",
    "AddConversationKeysActionSignaturesMessageEventSignature",
    "AddConversationKeysActionSignaturesMessageEventSignatureMessageSigningKeyInfoList",
    "AddConversationKeysConversationParticipantKeys",
    "AddConversationKeysRequest",
    "AddConversationKeysResponse",
    "AddConversationKeysResponseData",
    "AddUserPublicKeyPublicKey",
    "AddUserPublicKeyRequest",
    "AddUserPublicKeyResponse",
    "AddUserPublicKeyResponseData",
    "AddUserPublicKeyResponseDataJuiceboxConfig",
    "BroadcastChatExpansion",
    "BroadcastChatMessage",
    "BroadcastChatMessageField",
    "ChatActivityResponsePayload",
    "ChatConversation",
    "ChatConversationExpansion",
    "ChatConversationField",
    "ChatMediaUploadAppendRequest",
    "ChatMediaUploadAppendResponse",
    "ChatMediaUploadAppendResponseData",
    "ChatMediaUploadFinalizeRequest",
    "ChatMediaUploadFinalizeResponse",
    "ChatMediaUploadFinalizeResponseData",
    "ChatMediaUploadInitializeRequest",
    "ChatMediaUploadInitializeResponse",
    "ChatMediaUploadInitializeResponseData",
    "ChatMessageEvent",
    "ChatMessageEventField",
    "ChatMessageEventMessageEventSignature",
    "ChatMessageEventsMeta",
    "CreateActivitySubscriptionFilter",
    "CreateActivitySubscriptionFilterDirection",
    "CreateActivitySubscriptionRequest",
    "CreateActivitySubscriptionRequestEventType",
    "CreateActivitySubscriptionResponse",
    "CreateActivitySubscriptionResponseData",
    "CreateActivitySubscriptionResponseDataSubscription",
    "CreateActivitySubscriptionResponseDataSubscriptionFilter",
    "CreateChatConversationActionSignatures",
    "CreateChatConversationActionSignaturesMessageEventSignature",
    "CreateChatConversationActionSignaturesMessageEventSignatureMessageSigningKeyInfoList",
    "CreateChatConversationConversationParticipantKeys",
    "CreateChatConversationRequest",
    "CreateChatConversationResponse",
    "CreateChatConversationResponseData",
    "CreateWebhookReplayJobRequest",
    "CreateWebhookReplayJobResponse",
    "CreateWebhookReplayJobResponseData",
    "CreateWebhooksRequest",
    "CreateWebhooksResponse",
    "CreateWebhooksResponseData",
    "DeleteActivitySubscriptionResponse",
    "DeleteActivitySubscriptionResponseData",
    "DeleteBroadcastChatMessageResponse",
    "DeleteBroadcastChatMessageResponseData",
    "DeleteChatMessagesActionSignatures",
    "DeleteChatMessagesActionSignaturesMessageEventSignature",
    "DeleteChatMessagesActionSignaturesMessageEventSignatureMessageSigningKeyInfoList",
    "DeleteChatMessagesRequest",
    "DeleteChatMessagesRequestDeleteMessageAction",
    "DeleteChatMessagesResponse",
    "DeleteChatMessagesResponseData",
    "DeleteWebhooksResponse",
    "DeleteWebhooksResponseData",
    "DisallowedResourceProblem",
    "DisallowedResourceProblemType",
    "Error",
    "Expansions",
    "FieldHydrationFailureProblem",
    "FieldHydrationFailureProblemType",
    "FieldUnauthorizedProblem",
    "FieldUnauthorizedProblemType",
    "FollowActivityResponsePayload",
    "GenericProblem",
    "GetActivitySubscriptionsResponse",
    "GetActivitySubscriptionsResponseData",
    "GetActivitySubscriptionsResponseDataFilter",
    "GetBroadcastChatResponse",
    "GetBroadcastChatResponseMeta",
    "GetChatConversationEventsResponse",
    "GetChatConversationResponse",
    "GetChatConversationsResponse",
    "GetChatConversationsResponseMeta",
    "GetUsersPublicKeyResponse",
    "GetUsersPublicKeysResponse",
    "GetWebhooksResponse",
    "GetWebhooksResponseMeta",
    "InitializeChatGroupResponse",
    "InitializeChatGroupResponseData",
    "InternalErrorProblem",
    "InternalErrorProblemType",
    "InvalidRequestProblem",
    "InvalidRequestProblemType",
    "LikeWithPostAuthor",
    "MarkChatConversationReadRequest",
    "MarkChatConversationReadResponse",
    "MarkChatConversationReadResponseData",
    "Media",
    "MediaNonPublicMetrics",
    "MediaOrganicMetrics",
    "MediaPromotedMetrics",
    "MediaPublicMetrics",
    "MediaVariantsItem",
    "MuteBroadcastChatUserRequest",
    "MuteBroadcastChatUserResponse",
    "MuteBroadcastChatUserResponseData",
    "NewsActivityResponsePayload",
    "NotAuthorizedForFieldProblem",
    "NotAuthorizedForFieldProblemType",
    "NotAuthorizedForResourceProblem",
    "NotAuthorizedForResourceProblemType",
    "Place",
    "PlaceGeo",
    "PlaceGeoProperties",
    "PlaceGeoTypeType0",
    "Poll",
    "PollOptionsItem",
    "Post",
    "PostArticle",
    "PostArticleTitle",
    "PostAttachments",
    "PostContextAnnotationsItem",
    "PostContextAnnotationsItemDomainType0",
    "PostContextAnnotationsItemEntityType0",
    "PostDeleteActivityResponsePayload",
    "PostEditControls",
    "PostEntities",
    "PostEntitiesCashtagsType0Item",
    "PostEntitiesHashtagsType0Item",
    "PostEntitiesMentionsType0Item",
    "PostEntitiesUrlsType0Item",
    "PostEntitiesUrlsType0ItemImagesType0Item",
    "PostGeo",
    "PostGeoCoordinatesType0",
    "PostGeoCoordinatesType0Type",
    "PostMatchedMediaNotesItem",
    "PostMediaMetadataItem",
    "PostNonPublicMetrics",
    "PostNotePost",
    "PostNotePostEntitiesType0",
    "PostNotePostEntitiesType0CashtagsType0Item",
    "PostNotePostEntitiesType0HashtagsType0Item",
    "PostNotePostEntitiesType0MentionsType0Item",
    "PostNotePostEntitiesType0UrlsType0Item",
    "PostNoteRequestSuggestionsItem",
    "PostOrganicMetrics",
    "PostPromotedMetrics",
    "PostPublicMetrics",
    "PostReferencedPostsItem",
    "PostReferencedPostsItemTypeType0",
    "PostScopes",
    "PostSuggestedSourceLinksWithCountsItem",
    "PostWithheld",
    "PostWithheldScope",
    "PostWithheldScopeType2Type1",
    "PostWithheldScopeType3Type1",
    "ProfileUpdateActivityResponsePayload",
    "PublicKey",
    "PublicKeyField",
    "PublicKeyJuiceboxConfig",
    "ResourceNotFoundProblem",
    "ResourceNotFoundProblemType",
    "ResourceUnavailableProblem",
    "ResourceUnavailableProblemType",
    "SendBroadcastChatRequest",
    "SendBroadcastChatResponse",
    "SendBroadcastChatResponseData",
    "SendChatMessageRequest",
    "SendChatMessageResponse",
    "SendChatMessageResponseData",
    "SendChatTypingIndicatorResponse",
    "SendChatTypingIndicatorResponseData",
    "Topic",
    "UnmuteBroadcastChatUserResponse",
    "UnmuteBroadcastChatUserResponseData",
    "UpdateActivitySubscriptionRequest",
    "UpdateActivitySubscriptionResponse",
    "UpdateActivitySubscriptionResponseData",
    "UpdateActivitySubscriptionResponseDataSubscription",
    "UpdateActivitySubscriptionResponseDataSubscriptionFilter",
    "User",
    "UserAffiliation",
    "UserConnectionStatusItem",
    "UserEntities",
    "UserEntitiesDescriptionType0",
    "UserEntitiesDescriptionType0CashtagsType0Item",
    "UserEntitiesDescriptionType0HashtagsType0Item",
    "UserEntitiesDescriptionType0MentionsType0Item",
    "UserEntitiesDescriptionType0UrlsType0Item",
    "UserEntitiesDescriptionType0UrlsType0ItemImagesType0Item",
    "UserEntitiesUrlType0",
    "UserEntitiesUrlType0UrlsType0Item",
    "UserEntitiesUrlType0UrlsType0ItemImagesType0Item",
    "UserField",
    "UserPublicMetrics",
    "UserSubscription",
    "UserWithheld",
    "UserWithheldScope",
    "UserWithheldScopeType2Type1",
    "UserWithheldScopeType3Type1",
    "ValidateWebhooksResponse",
    "ValidateWebhooksResponseData",
    "WebhookConfig",
    "WebhookConfigField",
)
