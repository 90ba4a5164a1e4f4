from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, deferred_items, parse_datetime, raw_object

T = TypeVar("T", bound="Post")


@_attrs_define
class Post(Model):
    """Post: an object of X's API, as the spec describes it.

    Attributes:
        article (PostArticle | None):
        article_title (PostArticleTitle | None): Metadata about the long-form Article attached to this Post, if any.
        attachments (PostAttachments | None): Specifies the type of attachments (if any) present in this Post.
        author_id (str | None): Unique identifier of the author of this Post.
        card_uri (str | None):
        community_id (str | None): The unique identifier of the Community this Post belongs to, if any.
        context_annotations (list[PostContextAnnotationsItem] | None): Annotations inferred about the Post (domain and
            entity context).
        conversation_id (str | None): The ID of the conversation this Post belongs to (matches the root Post's ID).
        created_at (datetime.datetime | None): Creation time of the Post.
        display_text_range (list[int] | None): The inclusive start and exclusive end indices of the displayable content
            of the Post.
        edit_controls (PostEditControls | None): Indicates how much longer (if at all) this Post can be edited.
        edit_history_post_ids (list[str] | None): A list of Post IDs in this Post's edit history chain.
        entities (PostEntities | None): A list of metadata entities (hashtags, mentions, URLs) found in the Post text.
        geo (PostGeo | None): The location tagged on the Post, if the user provided one.
        id (str | None): Unique identifier of this Post.
        in_reply_to_user_id (str | None): Unique identifier of the User this Post is replying to.
        lang (str | None): Language of the Post, if detected by X. Returned as a BCP47 language tag.
        matched_media_notes (list[PostMatchedMediaNotesItem] | None): Community-Notes media matches for this Post.
        media_metadata (list[PostMediaMetadataItem] | None): Metadata for media attached to this Post.
        non_public_metrics (PostNonPublicMetrics | None): Nonpublic engagement metrics for the Post at the time of the
            request.
        note_post (PostNotePost | None): The full content of the Post, including text beyond 280 characters.
        note_request_suggestions (list[PostNoteRequestSuggestionsItem] | None): Community-Notes request suggestions for
            this Post.
        organic_metrics (PostOrganicMetrics | None): Organic nonpublic engagement metrics for the Post at the time of
            the request.
        paid_partnership (bool | None): Indicates if this Post is a paid partnership, i.e. it has been disclosed by the
            author as containing paid promotion.
        possibly_sensitive (bool | None): Indicates if this Post contains URLs marked as sensitive, for example content
            suitable for mature audiences.
        promoted_metrics (PostPromotedMetrics | None): Promoted nonpublic engagement metrics for the Post at the time of
            the request.
        public_metrics (PostPublicMetrics | None): Engagement metrics for the Post at the time of the request.
        referenced_posts (list[PostReferencedPostsItem] | None): A list of Posts this Post refers to. If the Post is a
            Retweet, Quote or Reply, it includes the referenced Post's type and ID.
        reply_settings (str | None): Shows who can reply to this Post.
        scopes (PostScopes | None): The scopes for this Post.
        source (str | None): The name of the app the user posted from. This is deprecated.
        suggested_source_links (list[str] | None): URLs suggested as sources for this Post.
        suggested_source_links_with_counts (list[PostSuggestedSourceLinksWithCountsItem] | None): Suggested source URLs
            for this Post, each with the number of times it was suggested.
        text (str | None): The content of the Post.
        username (str | None):
        withheld (PostWithheld | None): Withholding details for withheld content.
    """

    article: PostArticle | None = None
    article_title: PostArticleTitle | None = None
    attachments: PostAttachments | None = None
    author_id: str | None = None
    card_uri: str | None = None
    community_id: str | None = None
    context_annotations: list[PostContextAnnotationsItem] | None = None
    conversation_id: str | None = None
    created_at: datetime.datetime | None = None
    display_text_range: list[int] | None = None
    edit_controls: PostEditControls | None = None
    edit_history_post_ids: list[str] | None = None
    entities: PostEntities | None = None
    geo: PostGeo | None = None
    id: str | None = None
    in_reply_to_user_id: str | None = None
    lang: str | None = None
    matched_media_notes: list[PostMatchedMediaNotesItem] | None = None
    media_metadata: list[PostMediaMetadataItem] | None = None
    non_public_metrics: PostNonPublicMetrics | None = None
    note_post: PostNotePost | None = None
    note_request_suggestions: list[PostNoteRequestSuggestionsItem] | None = None
    organic_metrics: PostOrganicMetrics | None = None
    paid_partnership: bool | None = None
    possibly_sensitive: bool | None = None
    promoted_metrics: PostPromotedMetrics | None = None
    public_metrics: PostPublicMetrics | None = None
    referenced_posts: list[PostReferencedPostsItem] | None = None
    reply_settings: str | None = None
    scopes: PostScopes | None = None
    source: str | None = None
    suggested_source_links: list[str] | None = None
    suggested_source_links_with_counts: list[PostSuggestedSourceLinksWithCountsItem] | None = None
    text: str | None = None
    username: str | None = None
    withheld: PostWithheld | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        article: dict[str, Any] | Unset = UNSET
        if not isinstance(self.article, Unset):
            article = self.article.to_dict()

        article_title: dict[str, Any] | Unset = UNSET
        if not isinstance(self.article_title, Unset):
            article_title = self.article_title.to_dict()

        attachments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments.to_dict()

        author_id = self.author_id

        card_uri = self.card_uri

        community_id = self.community_id

        context_annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.context_annotations, Unset):
            context_annotations = []
            for componentsschemas_post_context_annotations_item_data in self.context_annotations:
                componentsschemas_post_context_annotations_item = (
                    componentsschemas_post_context_annotations_item_data.to_dict()
                )
                context_annotations.append(componentsschemas_post_context_annotations_item)

        conversation_id = self.conversation_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        display_text_range: list[int] | Unset = UNSET
        if not isinstance(self.display_text_range, Unset):
            display_text_range = self.display_text_range

        edit_controls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.edit_controls, Unset):
            edit_controls = self.edit_controls.to_dict()

        edit_history_post_ids: list[str] | Unset = UNSET
        if not isinstance(self.edit_history_post_ids, Unset):
            edit_history_post_ids = self.edit_history_post_ids

        entities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entities, Unset):
            entities = self.entities.to_dict()

        geo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.geo, Unset):
            geo = self.geo.to_dict()

        id = self.id

        in_reply_to_user_id = self.in_reply_to_user_id

        lang = self.lang

        matched_media_notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.matched_media_notes, Unset):
            matched_media_notes = []
            for componentsschemas_post_matched_media_notes_item_data in self.matched_media_notes:
                componentsschemas_post_matched_media_notes_item = (
                    componentsschemas_post_matched_media_notes_item_data.to_dict()
                )
                matched_media_notes.append(componentsschemas_post_matched_media_notes_item)

        media_metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.media_metadata, Unset):
            media_metadata = []
            for componentsschemas_post_media_metadata_item_data in self.media_metadata:
                componentsschemas_post_media_metadata_item = componentsschemas_post_media_metadata_item_data.to_dict()
                media_metadata.append(componentsschemas_post_media_metadata_item)

        non_public_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.non_public_metrics, Unset):
            non_public_metrics = self.non_public_metrics.to_dict()

        note_post: dict[str, Any] | Unset = UNSET
        if not isinstance(self.note_post, Unset):
            note_post = self.note_post.to_dict()

        note_request_suggestions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.note_request_suggestions, Unset):
            note_request_suggestions = []
            for componentsschemas_post_note_request_suggestions_item_data in self.note_request_suggestions:
                componentsschemas_post_note_request_suggestions_item = (
                    componentsschemas_post_note_request_suggestions_item_data.to_dict()
                )
                note_request_suggestions.append(componentsschemas_post_note_request_suggestions_item)

        organic_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organic_metrics, Unset):
            organic_metrics = self.organic_metrics.to_dict()

        paid_partnership = self.paid_partnership

        possibly_sensitive = self.possibly_sensitive

        promoted_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promoted_metrics, Unset):
            promoted_metrics = self.promoted_metrics.to_dict()

        public_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.public_metrics, Unset):
            public_metrics = self.public_metrics.to_dict()

        referenced_posts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.referenced_posts, Unset):
            referenced_posts = []
            for componentsschemas_post_referenced_posts_item_data in self.referenced_posts:
                componentsschemas_post_referenced_posts_item = (
                    componentsschemas_post_referenced_posts_item_data.to_dict()
                )
                referenced_posts.append(componentsschemas_post_referenced_posts_item)

        reply_settings = self.reply_settings

        scopes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes.to_dict()

        source = self.source

        suggested_source_links: list[str] | Unset = UNSET
        if not isinstance(self.suggested_source_links, Unset):
            suggested_source_links = self.suggested_source_links

        suggested_source_links_with_counts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.suggested_source_links_with_counts, Unset):
            suggested_source_links_with_counts = []
            for (
                componentsschemas_post_suggested_source_links_with_counts_item_data
            ) in self.suggested_source_links_with_counts:
                componentsschemas_post_suggested_source_links_with_counts_item = (
                    componentsschemas_post_suggested_source_links_with_counts_item_data.to_dict()
                )
                suggested_source_links_with_counts.append(
                    componentsschemas_post_suggested_source_links_with_counts_item
                )

        text = self.text

        username = self.username

        withheld: dict[str, Any] | Unset = UNSET
        if not isinstance(self.withheld, Unset):
            withheld = self.withheld.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if article is not UNSET:
            field_dict["article"] = article
        if article_title is not UNSET:
            field_dict["article_title"] = article_title
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if author_id is not UNSET:
            field_dict["author_id"] = author_id
        if card_uri is not UNSET:
            field_dict["card_uri"] = card_uri
        if community_id is not UNSET:
            field_dict["community_id"] = community_id
        if context_annotations is not UNSET:
            field_dict["context_annotations"] = context_annotations
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if display_text_range is not UNSET:
            field_dict["display_text_range"] = display_text_range
        if edit_controls is not UNSET:
            field_dict["edit_controls"] = edit_controls
        if edit_history_post_ids is not UNSET:
            field_dict["edit_history_post_ids"] = edit_history_post_ids
        if entities is not UNSET:
            field_dict["entities"] = entities
        if geo is not UNSET:
            field_dict["geo"] = geo
        if id is not UNSET:
            field_dict["id"] = id
        if in_reply_to_user_id is not UNSET:
            field_dict["in_reply_to_user_id"] = in_reply_to_user_id
        if lang is not UNSET:
            field_dict["lang"] = lang
        if matched_media_notes is not UNSET:
            field_dict["matched_media_notes"] = matched_media_notes
        if media_metadata is not UNSET:
            field_dict["media_metadata"] = media_metadata
        if non_public_metrics is not UNSET:
            field_dict["non_public_metrics"] = non_public_metrics
        if note_post is not UNSET:
            field_dict["note_post"] = note_post
        if note_request_suggestions is not UNSET:
            field_dict["note_request_suggestions"] = note_request_suggestions
        if organic_metrics is not UNSET:
            field_dict["organic_metrics"] = organic_metrics
        if paid_partnership is not UNSET:
            field_dict["paid_partnership"] = paid_partnership
        if possibly_sensitive is not UNSET:
            field_dict["possibly_sensitive"] = possibly_sensitive
        if promoted_metrics is not UNSET:
            field_dict["promoted_metrics"] = promoted_metrics
        if public_metrics is not UNSET:
            field_dict["public_metrics"] = public_metrics
        if referenced_posts is not UNSET:
            field_dict["referenced_posts"] = referenced_posts
        if reply_settings is not UNSET:
            field_dict["reply_settings"] = reply_settings
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if source is not UNSET:
            field_dict["source"] = source
        if suggested_source_links is not UNSET:
            field_dict["suggested_source_links"] = suggested_source_links
        if suggested_source_links_with_counts is not UNSET:
            field_dict["suggested_source_links_with_counts"] = suggested_source_links_with_counts
        if text is not UNSET:
            field_dict["text"] = text
        if username is not UNSET:
            field_dict["username"] = username
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
        article = raw_object(_get("article", UNSET), "Post.article")

        article_title = raw_object(_get("article_title", UNSET), "Post.article_title")

        attachments = raw_object(_get("attachments", UNSET), "Post.attachments")

        author_id = _get("author_id", UNSET)
        if type(author_id) is not str and author_id is not UNSET and not isinstance(author_id, str):
            raise TypeError(f"Post.author_id: expected str, got {type(author_id).__name__}")

        card_uri = _get("card_uri", UNSET)
        if type(card_uri) is not str and card_uri is not UNSET and not isinstance(card_uri, str):
            raise TypeError(f"Post.card_uri: expected str, got {type(card_uri).__name__}")

        community_id = _get("community_id", UNSET)
        if type(community_id) is not str and community_id is not UNSET and not isinstance(community_id, str):
            raise TypeError(f"Post.community_id: expected str, got {type(community_id).__name__}")

        _context_annotations = _get("context_annotations", UNSET)
        context_annotations: list[PostContextAnnotationsItem] | Unset = UNSET
        if _context_annotations is not UNSET:
            if not isinstance(_context_annotations, list):
                raise TypeError(f"context_annotations: expected array, got {type(_context_annotations).__name__}")
            context_annotations = deferred_items(PostContextAnnotationsItem, _context_annotations)

        conversation_id = _get("conversation_id", UNSET)
        if type(conversation_id) is not str and conversation_id is not UNSET and not isinstance(conversation_id, str):
            raise TypeError(f"Post.conversation_id: expected str, got {type(conversation_id).__name__}")

        _created_at = _get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at, "created_at")

        display_text_range = cast(list[int], _get("display_text_range", UNSET))

        edit_controls = raw_object(_get("edit_controls", UNSET), "Post.edit_controls")

        edit_history_post_ids = cast(list[str], _get("edit_history_post_ids", UNSET))

        entities = raw_object(_get("entities", UNSET), "Post.entities")

        geo = raw_object(_get("geo", UNSET), "Post.geo")

        id = _get("id", UNSET)
        if type(id) is not str and id is not UNSET and not isinstance(id, str):
            raise TypeError(f"Post.id: expected str, got {type(id).__name__}")

        in_reply_to_user_id = _get("in_reply_to_user_id", UNSET)
        if (
            type(in_reply_to_user_id) is not str
            and in_reply_to_user_id is not UNSET
            and not isinstance(in_reply_to_user_id, str)
        ):
            raise TypeError(f"Post.in_reply_to_user_id: expected str, got {type(in_reply_to_user_id).__name__}")

        lang = _get("lang", UNSET)
        if type(lang) is not str and lang is not UNSET and not isinstance(lang, str):
            raise TypeError(f"Post.lang: expected str, got {type(lang).__name__}")

        _matched_media_notes = _get("matched_media_notes", UNSET)
        matched_media_notes: list[PostMatchedMediaNotesItem] | Unset = UNSET
        if _matched_media_notes is not UNSET:
            if not isinstance(_matched_media_notes, list):
                raise TypeError(f"matched_media_notes: expected array, got {type(_matched_media_notes).__name__}")
            matched_media_notes = deferred_items(PostMatchedMediaNotesItem, _matched_media_notes)

        _media_metadata = _get("media_metadata", UNSET)
        media_metadata: list[PostMediaMetadataItem] | Unset = UNSET
        if _media_metadata is not UNSET:
            if not isinstance(_media_metadata, list):
                raise TypeError(f"media_metadata: expected array, got {type(_media_metadata).__name__}")
            media_metadata = deferred_items(PostMediaMetadataItem, _media_metadata)

        non_public_metrics = raw_object(_get("non_public_metrics", UNSET), "Post.non_public_metrics")

        note_post = raw_object(_get("note_post", UNSET), "Post.note_post")

        _note_request_suggestions = _get("note_request_suggestions", UNSET)
        note_request_suggestions: list[PostNoteRequestSuggestionsItem] | Unset = UNSET
        if _note_request_suggestions is not UNSET:
            if not isinstance(_note_request_suggestions, list):
                raise TypeError(
                    f"note_request_suggestions: expected array, got {type(_note_request_suggestions).__name__}"
                )
            note_request_suggestions = deferred_items(PostNoteRequestSuggestionsItem, _note_request_suggestions)

        organic_metrics = raw_object(_get("organic_metrics", UNSET), "Post.organic_metrics")

        paid_partnership = _get("paid_partnership", UNSET)
        if type(paid_partnership) is not bool and paid_partnership is not UNSET:
            raise TypeError(f"Post.paid_partnership: expected bool, got {type(paid_partnership).__name__}")

        possibly_sensitive = _get("possibly_sensitive", UNSET)
        if type(possibly_sensitive) is not bool and possibly_sensitive is not UNSET:
            raise TypeError(f"Post.possibly_sensitive: expected bool, got {type(possibly_sensitive).__name__}")

        promoted_metrics = raw_object(_get("promoted_metrics", UNSET), "Post.promoted_metrics")

        public_metrics = raw_object(_get("public_metrics", UNSET), "Post.public_metrics")

        _referenced_posts = _get("referenced_posts", UNSET)
        referenced_posts: list[PostReferencedPostsItem] | Unset = UNSET
        if _referenced_posts is not UNSET:
            if not isinstance(_referenced_posts, list):
                raise TypeError(f"referenced_posts: expected array, got {type(_referenced_posts).__name__}")
            referenced_posts = deferred_items(PostReferencedPostsItem, _referenced_posts)

        reply_settings = _get("reply_settings", UNSET)
        if type(reply_settings) is not str and reply_settings is not UNSET and not isinstance(reply_settings, str):
            raise TypeError(f"Post.reply_settings: expected str, got {type(reply_settings).__name__}")

        scopes = raw_object(_get("scopes", UNSET), "Post.scopes")

        source = _get("source", UNSET)
        if type(source) is not str and source is not UNSET and not isinstance(source, str):
            raise TypeError(f"Post.source: expected str, got {type(source).__name__}")

        suggested_source_links = cast(list[str], _get("suggested_source_links", UNSET))

        _suggested_source_links_with_counts = _get("suggested_source_links_with_counts", UNSET)
        suggested_source_links_with_counts: list[PostSuggestedSourceLinksWithCountsItem] | Unset = UNSET
        if _suggested_source_links_with_counts is not UNSET:
            if not isinstance(_suggested_source_links_with_counts, list):
                raise TypeError(
                    f"suggested_source_links_with_counts: expected array, got {type(_suggested_source_links_with_counts).__name__}"
                )
            suggested_source_links_with_counts = deferred_items(
                PostSuggestedSourceLinksWithCountsItem, _suggested_source_links_with_counts
            )

        text = _get("text", UNSET)
        if type(text) is not str and text is not UNSET and not isinstance(text, str):
            raise TypeError(f"Post.text: expected str, got {type(text).__name__}")

        username = _get("username", UNSET)
        if type(username) is not str and username is not UNSET and not isinstance(username, str):
            raise TypeError(f"Post.username: expected str, got {type(username).__name__}")

        withheld = raw_object(_get("withheld", UNSET), "Post.withheld")

        post = cls(
            article,
            article_title,
            attachments,
            author_id,
            card_uri,
            community_id,
            context_annotations,
            conversation_id,
            created_at,
            display_text_range,
            edit_controls,
            edit_history_post_ids,
            entities,
            geo,
            id,
            in_reply_to_user_id,
            lang,
            matched_media_notes,
            media_metadata,
            non_public_metrics,
            note_post,
            note_request_suggestions,
            organic_metrics,
            paid_partnership,
            possibly_sensitive,
            promoted_metrics,
            public_metrics,
            referenced_posts,
            reply_settings,
            scopes,
            source,
            suggested_source_links,
            suggested_source_links_with_counts,
            text,
            username,
            withheld,
        )

        d = {} if _Post_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _Post_KEYS}
        post.additional_properties = d
        return post

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


_Post_KEYS = frozenset(
    {
        "article",
        "article_title",
        "attachments",
        "author_id",
        "card_uri",
        "community_id",
        "context_annotations",
        "conversation_id",
        "created_at",
        "display_text_range",
        "edit_controls",
        "edit_history_post_ids",
        "entities",
        "geo",
        "id",
        "in_reply_to_user_id",
        "lang",
        "matched_media_notes",
        "media_metadata",
        "non_public_metrics",
        "note_post",
        "note_request_suggestions",
        "organic_metrics",
        "paid_partnership",
        "possibly_sensitive",
        "promoted_metrics",
        "public_metrics",
        "referenced_posts",
        "reply_settings",
        "scopes",
        "source",
        "suggested_source_links",
        "suggested_source_links_with_counts",
        "text",
        "username",
        "withheld",
    }
)
from ..models.post_article import PostArticle  # noqa: E402
from ..models.post_article_title import PostArticleTitle  # noqa: E402
from ..models.post_attachments import PostAttachments  # noqa: E402
from ..models.post_context_annotations_item import PostContextAnnotationsItem  # noqa: E402
from ..models.post_edit_controls import PostEditControls  # noqa: E402
from ..models.post_entities import PostEntities  # noqa: E402
from ..models.post_geo import PostGeo  # noqa: E402
from ..models.post_matched_media_notes_item import PostMatchedMediaNotesItem  # noqa: E402
from ..models.post_media_metadata_item import PostMediaMetadataItem  # noqa: E402
from ..models.post_non_public_metrics import PostNonPublicMetrics  # noqa: E402
from ..models.post_note_post import PostNotePost  # noqa: E402
from ..models.post_note_request_suggestions_item import PostNoteRequestSuggestionsItem  # noqa: E402
from ..models.post_organic_metrics import PostOrganicMetrics  # noqa: E402
from ..models.post_promoted_metrics import PostPromotedMetrics  # noqa: E402
from ..models.post_public_metrics import PostPublicMetrics  # noqa: E402
from ..models.post_referenced_posts_item import PostReferencedPostsItem  # noqa: E402
from ..models.post_scopes import PostScopes  # noqa: E402
from ..models.post_suggested_source_links_with_counts_item import PostSuggestedSourceLinksWithCountsItem  # noqa: E402
from ..models.post_withheld import PostWithheld  # noqa: E402
from ..types import lazy_model_field  # noqa: E402

lazy_model_field(Post, "article", lambda raw: PostArticle.from_dict(raw))
lazy_model_field(Post, "article_title", lambda raw: PostArticleTitle.from_dict(raw))
lazy_model_field(Post, "attachments", lambda raw: PostAttachments.from_dict(raw))
lazy_model_field(Post, "edit_controls", lambda raw: PostEditControls.from_dict(raw))
lazy_model_field(Post, "entities", lambda raw: PostEntities.from_dict(raw))
lazy_model_field(Post, "geo", lambda raw: PostGeo.from_dict(raw))
lazy_model_field(Post, "non_public_metrics", lambda raw: PostNonPublicMetrics.from_dict(raw))
lazy_model_field(Post, "note_post", lambda raw: PostNotePost.from_dict(raw))
lazy_model_field(Post, "organic_metrics", lambda raw: PostOrganicMetrics.from_dict(raw))
lazy_model_field(Post, "promoted_metrics", lambda raw: PostPromotedMetrics.from_dict(raw))
lazy_model_field(Post, "public_metrics", lambda raw: PostPublicMetrics.from_dict(raw))
lazy_model_field(Post, "scopes", lambda raw: PostScopes.from_dict(raw))
lazy_model_field(Post, "withheld", lambda raw: PostWithheld.from_dict(raw))
