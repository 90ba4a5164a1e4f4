"""Hand fixes applied on top of the upstream extraction; each one is recorded in spec/CHANGES.md."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

Doc = dict[str, Any]


def media_download_is_binary(doc: Doc) -> None:
    """CHANGES.md #1: the media download returns raw bytes (application/octet-stream), as the
    upstream schema's own description says, not the JSON object it declares."""
    op = doc["paths"]["/2/chat/media/{conversation_id}/{media_hash_key}"]["get"]
    op["responses"]["200"]["content"] = {
        "application/octet-stream": {
            "schema": {
                "type": "string",
                "format": "binary",
                "description": "Raw encrypted media bytes.",
            }
        }
    }
    del doc["components"]["schemas"]["ChatMediaDownloadResponse"]


def media_append_body_per_media_type(doc: Doc) -> None:
    """CHANGES.md #2: the append body's two `anyOf` arms belong to the two media types: base64
    (`format: byte`) in JSON, raw bytes (`format: binary`) in multipart/form-data."""
    schemas = doc["components"]["schemas"]
    union = schemas.pop("ChatMediaUploadAppendRequest")
    arms = {arm["properties"]["media"]["$ref"].rsplit("/", 1)[1]: arm for arm in union["anyOf"]}
    schemas["ChatMediaUploadAppendJsonRequest"] = arms["MediaPayloadByte"]
    schemas["ChatMediaUploadAppendMultipartRequest"] = arms["MediaPayloadBinary"]
    op = doc["paths"]["/2/chat/media/upload/{id}/append"]["post"]
    op["requestBody"]["content"] = {
        "application/json": {"schema": {"$ref": "#/components/schemas/ChatMediaUploadAppendJsonRequest"}},
        "multipart/form-data": {"schema": {"$ref": "#/components/schemas/ChatMediaUploadAppendMultipartRequest"}},
    }


def append_response_requires_no_meta(doc: Doc) -> None:
    """CHANGES.md #3: `MediaUploadAppendResponse` requires a `meta` property it never defines; a
    validator (Prism, schemathesis) would reject every real append response for lacking it."""
    schema = doc["components"]["schemas"]["MediaUploadAppendResponse"]
    schema["required"] = [name for name in schema["required"] if name in schema["properties"]]
    if not schema["required"]:
        del schema["required"]


CHAT_TAG_DESCRIPTION = "Endpoints related to Chat encrypted messaging"


def declare_chat_tag(doc: Doc) -> None:
    """CHANGES.md #4: every operation is tagged `Chat` but v2.159 declares no such tag. The
    description is v2.167's, where the tag is declared (as `Chats`)."""
    if not any(tag.get("name") == "Chat" for tag in doc["tags"]):
        doc["tags"].append({"name": "Chat", "description": CHAT_TAG_DESCRIPTION})


def media_segment_any_of(doc: Doc) -> None:
    """CHANGES.md #5: `MediaSegments` is a `oneOf` of an integer and a digit string. In
    multipart/form-data every value is a string, so "1" matches both arms and a validator rejects
    every multipart append ("must match exactly one schema in oneOf"). `anyOf` says what is meant."""
    segments = doc["components"]["schemas"]["MediaSegments"]
    segments["anyOf"] = segments.pop("oneOf")


NEWER_UPSTREAM = Path(__file__).resolve().parent / "upstream" / "x-openapi-v2.167.json"


def public_keys_from_v2_167(doc: Doc) -> None:
    """CHANGES.md #6: v2.159's `PublicKey` lacks `identity_public_key_signature` and
    `public_key_version`, without which chatxdk refuses a participant's signing key ("signing key
    missing required field"); its `public_key.fields` enum cannot ask for them either. Both are
    taken from v2.167, where X added them; the operation itself stays v2.159's."""
    newer = json.loads(NEWER_UPSTREAM.read_text(encoding="utf-8"))["components"]
    doc["components"]["schemas"]["PublicKey"] = newer["schemas"]["PublicKey"]
    doc["components"]["parameters"]["PublicKeyFieldsParameter"] = newer["parameters"]["PublicKeyFieldsParameter"]


FIXES = [
    media_download_is_binary,
    media_append_body_per_media_type,
    append_response_requires_no_meta,
    declare_chat_tag,
    media_segment_any_of,
    public_keys_from_v2_167,
]


def apply_fixes(doc: Doc, upstream: Doc) -> None:
    """Apply every fix, in order, to the extracted document ``doc``."""
    for fix in FIXES:
        fix(doc)
