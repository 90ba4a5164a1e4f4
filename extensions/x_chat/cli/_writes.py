"""The commands that write: messages, reactions, edits, deletes, read markers, groups, broadcasts, media."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    pass

from ._common import EXIT_API, EXIT_OK, open_client, show_progress


def write_command(args: argparse.Namespace) -> int:
    """send, react, edit, read, typing: one request each (two or three for a conversation's first key)."""
    keys = None
    if args.command in ("send", "react", "edit"):
        from ..crypto import ChatKeys

        keys = ChatKeys.from_key_file(args.keys)
    text = message_text(args) if args.command == "send" else ""
    with open_client(args) as client:
        if args.command == "read":
            client.mark_read(args.conversation_id, args.sequence_id)
            print(f"x-chat: {args.conversation_id} read up to {args.sequence_id}", file=sys.stderr)
            return EXIT_OK
        if args.command == "typing":
            client.send_typing(args.conversation_id)
            return EXIT_OK
        if args.command == "send":
            media = [client.upload_media(args.conversation_id, path, keys=keys) for path in args.attach]
            sent = client.send_message(args.conversation_id, text, keys=keys, reply_to=args.reply_to, media=media)
        elif args.command == "edit":
            sent = client.edit_message(args.conversation_id, args.sequence_id, args.text, keys=keys)
        elif args.remove:
            sent = client.remove_reaction(args.conversation_id, args.sequence_id, args.emoji, keys=keys)
        else:
            sent = client.add_reaction(args.conversation_id, args.sequence_id, args.emoji, keys=keys)
    record = {"message_id": sent.message_id, "sequence_id": sent.sequence_id, "conversation_id": sent.conversation_id}
    print(json.dumps(record))
    return EXIT_OK


def message_text(args: argparse.Namespace) -> str:
    """TEXT, stdin (``-``) or ``--file``: exactly one of them (none only with --attach); one trailing
    newline of stdin or a file is dropped (``echo hi |`` sends "hi")."""
    if args.text is not None and args.file is not None:
        raise ValueError("give the message as TEXT, - (stdin) or --file, not two of them")
    if args.file is not None:
        with open(args.file, encoding="utf-8") as handle:
            text = handle.read()
    elif args.text == "-":
        text = sys.stdin.read()
    elif args.text is not None:
        return str(args.text)
    elif args.attach:
        return ""
    else:
        raise ValueError("no message: give TEXT, - to read stdin, or --file PATH")
    text = text[:-1] if text.endswith("\n") else text
    from .._e2e.sending import MAX_MESSAGE_LENGTH

    if len(text) > MAX_MESSAGE_LENGTH:  # before any upload or request
        raise ValueError(f"the message is {len(text)} characters; X takes at most {MAX_MESSAGE_LENGTH}: split it")
    return text


def group_command(args: argparse.Namespace) -> int:
    from ..crypto import ChatKeys

    keys = ChatKeys.from_key_file(args.keys)
    with open_client(args) as client:
        if args.group_command == "create":
            key = client.create_group(args.member_ids, keys=keys, admin_ids=args.admin, title=args.title)
        else:
            key = client.add_group_members(args.group_id, args.member_ids, keys=keys)
    print(json.dumps({"conversation_id": key.conversation_id, "key_version": key.version}))
    return EXIT_OK


def delete_command(args: argparse.Namespace) -> int:
    from ..crypto import ChatKeys

    keys = ChatKeys.from_key_file(args.keys)
    with open_client(args) as client:
        done = client.delete_messages(args.conversation_id, args.sequence_ids, for_all=args.for_all, keys=keys)
    record = {
        "conversation_id": done.conversation_id,
        "sequence_ids": list(done.sequence_ids),
        "for_all": done.for_all,
        "message_id": done.message_id,
        "deleted": done.deleted,
    }
    print(json.dumps(record))
    return EXIT_OK if done.deleted else EXIT_API


BROADCAST_ACTIONS = ("send", "chat", "mute", "unmute", "delete")


def broadcast_command(args: argparse.Namespace) -> int:
    from datetime import timedelta

    with open_client(args) as client:
        if args.broadcast_command == "chat":
            messages = client.iter_broadcast_chat(
                args.broadcast_id, limit=args.limit, expansions="author_id" if args.authors else None
            )
            for message in messages:
                print(json.dumps(message.to_dict()))
            return EXIT_OK
        if args.broadcast_command == "send":
            sent = client.send_broadcast_chat(args.broadcast_id, args.text, reply_to=args.reply_to)
            print(json.dumps({"broadcast_id": sent.broadcast_id, "success": sent.success, "timestamp": sent.timestamp}))
            return EXIT_OK if sent.success else EXIT_API
        if args.broadcast_command == "mute":
            until: Any = timedelta(minutes=args.minutes) if args.minutes is not None else args.until
            done = client.mute_broadcast_chat_user(args.broadcast_id, args.user_id, until, args.message)
        elif args.broadcast_command == "unmute":
            done = client.unmute_broadcast_chat_user(args.broadcast_id, args.user_id)
        else:
            done = client.delete_broadcast_chat_message(args.broadcast_id, args.message_id)
    record = {"broadcast_id": done.broadcast_id, "user_id": done.user_id, "message_id": done.message_id}
    record.update({"muted": done.muted} if done.deleted is None else {"deleted": done.deleted})
    print(json.dumps(record))
    return EXIT_OK


def media_command(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from ..crypto import ChatKeys

    keys = ChatKeys.from_key_file(args.keys)
    if args.media_command == "download" and os.path.exists(args.output) and not args.force:
        raise ValueError(f"{args.output} exists: pass --force to overwrite it")
    quiet = not show_progress(not args.no_progress)
    with tqdm(unit="B", unit_scale=True, file=sys.stderr, disable=quiet, desc=args.media_command) as bar:

        def progress(done: int, total: int) -> None:
            bar.total = total or None
            bar.update(done - bar.n)

        with open_client(args) as client:
            if args.media_command == "upload":
                uploaded = client.upload_media(args.conversation_id, args.file, keys=keys, progress=progress)
                record: dict[str, Any] = {
                    "conversation_id": uploaded.conversation_id,
                    "media_hash_key": uploaded.media_hash_key,
                    "size": uploaded.size,
                    "segments": uploaded.segments,
                    "filename": uploaded.filename,
                    "media_type": uploaded.media_type.name,
                }
            else:
                size = client.download_media(
                    args.conversation_id, args.media_hash_key, args.output, keys=keys, progress=progress
                )
                record = {"output": args.output, "size": size}
    print(json.dumps(record))
    return EXIT_OK
