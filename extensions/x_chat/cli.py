"""The ``x-chat`` command line.

argparse (standard library, well kept) does the parsing: no dependency, and the fastest start-up
for ``x-chat --help``. tqdm draws the progress bar on stderr while paging; it is imported only
when a bar is shown.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback
from collections.abc import Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from x_chat_generated.models.chat_message_event import ChatMessageEvent

__all__ = ["main"]

EXIT_OK, EXIT_API, EXIT_USAGE, EXIT_TRUST, EXIT_AUTH, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130
"""0 ok; 1 an API or network failure; 2 bad input or usage (a missing or unreadable file argument
included); 3 the server's answer failed a trust check (nothing was sent); 4 credentials missing or
refused; 130 interrupted."""

_NO_CREDENTIALS = (
    "no credentials: pass --token TOKEN, set X_BEARER_TOKEN (an OAuth 2.0 user access token), "
    "or run `x-chat auth login`"
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="x-chat", description="Read and write X Chat conversations from the command line."
    )
    from . import __version__

    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _connection_args(parser, top=True)  # also before the subcommand: x-chat --token T events ...
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    events = commands.add_parser(
        "events",
        help="print a conversation's message events",
        description="Print a conversation's message events, newest first, following pagination.",
    )
    events.add_argument("conversation_id", metavar="CONVERSATION_ID", help="e.g. 123-456 or g123")
    events.add_argument("--fields", default="all", help="comma-separated event fields, or all (the default)")
    events.add_argument("--limit", type=int, default=None, help="stop after N events")
    events.add_argument("--page-size", type=int, default=100, help="events per request, 1-100 (default 100)")
    events.add_argument("--start-token", default=None, help="resume from a saved pagination token")
    events.add_argument("--since", default=None, help="only events created at or after this date/time (UTC if no zone)")
    events.add_argument("--until", default=None, help="only events created before this date/time (UTC if no zone)")
    events.add_argument("--format", choices=("table", "jsonl"), default="table", help="output format (default table)")
    _json_arg(events, "one JSON object per event (JSON Lines), every field present, absent ones null")
    events.add_argument("--output", "-o", default=None, help="write events to this file instead of stdout")
    events.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    # Credentials: --token, else $X_BEARER_TOKEN, else the tokens `x-chat auth login` stored.
    _connection_args(events)

    conversation = commands.add_parser(
        "conversation",
        help="print a conversation's metadata (JSON)",
        description="Print a conversation's metadata: type, group name, mute state, times; expansions add users.",
    )
    conversation.add_argument("conversation_id", metavar="CONVERSATION_ID", help="e.g. 123-456, g123 or a user ID")
    conversation.add_argument("--fields", default=None, help="comma-separated conversation fields, or all")
    conversation.add_argument(
        "--expansions", default=None, help="comma-separated: member_ids, admin_ids, participant_ids"
    )
    conversation.add_argument("--user-fields", default=None, help="comma-separated user fields for expanded users")
    _json_arg(conversation, "the conversation as one line of JSON, every field present, absent ones null")
    _connection_args(conversation)

    conversations = commands.add_parser(
        "conversations",
        help="list your conversations (JSON lines)",
        description="List the conversations of your inbox, one JSON object a line, following pagination.",
    )
    conversations.add_argument("--fields", default=None, help="comma-separated conversation fields, or all")
    conversations.add_argument("--limit", type=int, default=None, help="stop after N conversations")
    _json_arg(conversations, "JSON Lines (the default output), every field present, absent ones null")
    _connection_args(conversations)

    messages = commands.add_parser(
        "messages",
        help="print a conversation's decrypted messages (needs x-chat[crypto])",
        description="Decrypt and verify a conversation's messages with your exported chat keys.",
    )
    messages.add_argument("conversation_id", metavar="CONVERSATION_ID")
    messages.add_argument("--keys", required=True, help="key file (JSON: user_id, key_version, private_keys); mode 600")
    messages.add_argument("--limit", type=int, default=None, help="stop after N messages")
    messages.add_argument("--format", choices=("table", "jsonl"), default="table", help="output format (default table)")
    _json_arg(messages, "one JSON object per message (JSON Lines), absent values null")
    messages.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    messages.add_argument(
        "--include-unverified",
        action="store_true",
        help="also print messages whose signature does not verify, marked UNVERIFIED (never trust them)",
    )
    _connection_args(messages)

    send = commands.add_parser(
        "send",
        help="encrypt, sign and send a message (needs x-chat[crypto])",
        description="Encrypt and sign TEXT with your chat keys and send it; prints the message and sequence IDs. "
        "A conversation without a key gets one first. A message that may have reached X is never sent twice.",
    )
    send.add_argument("conversation_id", metavar="CONVERSATION_ID", help="e.g. 123-456, g123 or a user ID")
    send.add_argument("text", metavar="TEXT", nargs="?", default=None, help="the message; - reads it from stdin")
    send.add_argument("--file", default=None, metavar="PATH", help="read the message from this file (UTF-8)")
    send.add_argument("--reply-to", default=None, metavar="SEQ", help="the sequence ID of the message replied to")
    send.add_argument(
        "--attach",
        action="append",
        default=[],
        metavar="FILE",
        help="encrypt, upload and attach a file (repeatable; TEXT may then be empty)",
    )
    _keys_arg(send)
    _connection_args(send)

    react = commands.add_parser("react", help="add (or --remove) an encrypted reaction to a message")
    react.add_argument("conversation_id", metavar="CONVERSATION_ID")
    react.add_argument("sequence_id", metavar="SEQ", help="the sequence ID of the message reacted to")
    react.add_argument("emoji", metavar="EMOJI")
    react.add_argument("--remove", action="store_true", help="take the reaction back")
    _keys_arg(react)
    _connection_args(react)

    edit = commands.add_parser("edit", help="replace the text of one of your messages (encrypted)")
    edit.add_argument("conversation_id", metavar="CONVERSATION_ID")
    edit.add_argument("sequence_id", metavar="SEQ", help="the sequence ID of the message edited")
    edit.add_argument("text", metavar="TEXT")
    _keys_arg(edit)
    _connection_args(edit)

    read = commands.add_parser("read", help="mark a conversation read up to a message")
    read.add_argument("conversation_id", metavar="CONVERSATION_ID")
    read.add_argument("sequence_id", metavar="SEQ", help="the sequence ID of the last message read")
    _connection_args(read)

    typing = commands.add_parser("typing", help="show the typing indicator in a conversation")
    typing.add_argument("conversation_id", metavar="CONVERSATION_ID")
    _connection_args(typing)

    group = commands.add_parser("group", help="create an encrypted group or add members (needs x-chat[crypto])")
    group_commands = group.add_subparsers(dest="group_command", required=True, metavar="ACTION")
    create = group_commands.add_parser(
        "create",
        help="create a group with a key for every member (you included); prints its ID",
        description="Initialize a group and create it with a new conversation key for every member and you. "
        "The title is sent as group_name and is visible to X; messages are not.",
    )
    create.add_argument("member_ids", nargs="+", metavar="MEMBER_ID", help="the members' user IDs")
    create.add_argument("--title", default=None, help="the group's title (visible to X: not encrypted)")
    create.add_argument("--admin", action="append", default=None, metavar="USER_ID", help="an admin (default: you)")
    _keys_arg(create)
    _connection_args(create)
    add = group_commands.add_parser(
        "add", help="add members with a new key for everyone (they read only what is sent after)"
    )
    add.add_argument("group_id", metavar="GROUP_ID", help="e.g. g1234567890123456789")
    add.add_argument("member_ids", nargs="+", metavar="MEMBER_ID", help="the user IDs to add")
    _keys_arg(add)
    _connection_args(add)

    broadcast = commands.add_parser(
        "broadcast",
        help="post a chat message to a live broadcast (public: not encrypted)",
        description="Post TEXT (1 to 140 characters) to the chat of a live broadcast, as you. Broadcast chat is "
        "public, so no keys are involved. Prints X's answer (JSON).",
    )
    broadcast.add_argument("broadcast_id", metavar="BROADCAST_ID", help="e.g. 1yNGaQLWpejGj")
    broadcast.add_argument("text", metavar="TEXT")
    _connection_args(broadcast)

    media = commands.add_parser("media", help="upload or download encrypted media (needs x-chat[crypto])")
    media_commands = media.add_subparsers(dest="media_command", required=True, metavar="ACTION")
    upload = media_commands.add_parser("upload", help="encrypt and upload a file; prints its media_hash_key")
    upload.add_argument("conversation_id", metavar="CONVERSATION_ID")
    upload.add_argument("file", metavar="FILE")
    upload.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    _keys_arg(upload)
    _connection_args(upload)
    download = media_commands.add_parser("download", help="download and decrypt media into a file")
    download.add_argument("conversation_id", metavar="CONVERSATION_ID")
    download.add_argument("media_hash_key", metavar="MEDIA_HASH_KEY")
    download.add_argument("output", metavar="OUTPUT", help="the file to write (written whole or not at all)")
    download.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    download.add_argument("--force", action="store_true", help="overwrite OUTPUT if it exists")
    _keys_arg(download)
    _connection_args(download)

    keys = commands.add_parser("keys", help="make, register and export your chat keys (needs x-chat[crypto])")
    keys_commands = keys.add_subparsers(dest="keys_command", required=True, metavar="ACTION")
    generate = keys_commands.add_parser("generate", help="new key pairs, written to a key file only you can read")
    generate.add_argument("--user-id", required=True, help="your user ID")
    generate.add_argument("--out", required=True, help="the key file to write (mode 600; refused if it exists)")
    register = keys_commands.add_parser("register", help="register the key file's public key with X")
    _keys_arg(register)
    _connection_args(register)
    export = keys_commands.add_parser("export", help="print the key file's public key (JSON; no secret)")
    _json_arg(export, "JSON (the default output)")
    _keys_arg(export)
    show = keys_commands.add_parser("show", help="print users' registered public keys (JSON lines)")
    show.add_argument("user_ids", nargs="+", metavar="USER_ID", help="any number (asked 100 a request)")
    show.add_argument("--fields", default="all", help="comma-separated public key fields, or all (the default)")
    _json_arg(show, "JSON Lines (the default output), every field present, absent ones null")
    _connection_args(show)
    fingerprint = keys_commands.add_parser(
        "fingerprint",
        help="print a user's key fingerprint (yours with your own ID) to compare out of band",
        description="Print the fingerprint of USER_ID's identity key as X serves it and as you trust it (pinned in "
        "the trust store beside the key file the first time it was seen). Compare it with USER_ID in person or "
        "on another channel. Exit code 3 when the served key is not the pinned one.",
    )
    fingerprint.add_argument("user_id", metavar="USER_ID")
    _json_arg(fingerprint, 'one line of JSON: user_id, fingerprint, status ("yours", "trusted" or "changed"), pinned')
    _keys_arg(fingerprint)
    _connection_args(fingerprint)
    trust = keys_commands.add_parser(
        "trust",
        help="accept a user's changed identity key (after comparing its fingerprint out of band)",
        description="Pin the identity key X now serves for USER_ID in place of the one trusted before. Do this "
        "only after comparing the fingerprint with USER_ID out of band: a changed key can mean someone is "
        "reading what you send.",
    )
    trust.add_argument("user_id", metavar="USER_ID")
    trust.add_argument("--fingerprint", default=None, help="accept only a key with this fingerprint")
    _keys_arg(trust)
    _connection_args(trust)

    auth = commands.add_parser("auth", help="log in with OAuth 2.0 (PKCE) and store the tokens")
    auth_commands = auth.add_subparsers(dest="auth_command", required=True, metavar="ACTION")
    login = auth_commands.add_parser(
        "login",
        help="print the authorization URL, read the redirect URL (or code), store the tokens (0600)",
        description="OAuth 2.0 Authorization Code with PKCE. Open the printed URL, approve, then paste the "
        "URL you were redirected to (or just its code). The tokens go to a file only you can read; "
        "`x-chat events` uses them, refreshing as needed, when no token is given.",
    )
    login.add_argument("--client-id", required=True, help="your app's OAuth 2.0 client ID")
    login.add_argument("--client-secret", default=None, help="for a confidential client (default: public, PKCE only)")
    login.add_argument("--redirect-uri", default="http://127.0.0.1:8976/callback", help="registered callback URL")
    login.add_argument("--scopes", default=None, help="space-separated scopes (default: Chat's, with offline.access)")
    login.add_argument("--authorize-url", default=None, help="authorization endpoint (default: X's)")
    login.add_argument("--token-url", default=None, help="token endpoint (default: X's)")
    auth_commands.add_parser("logout", help="delete the stored tokens")
    status = auth_commands.add_parser("status", help="say whether tokens are stored, where, and until when")
    _json_arg(status, "one line of JSON: logged_in, store, client_id, expires_at (epoch seconds)")

    export = commands.add_parser(
        "export",
        help="export conversations to JSON Lines, resumable (needs x-chat[crypto] with --keys)",
        description="Write every event of each conversation (all of yours by default) to DIR/<id>.jsonl, and with "
        "--keys the decrypted messages to DIR/<id>.decrypted.jsonl. Paced to X's rate limits; killed at any point, "
        "the same command resumes from DIR/.x-chat-export.json; finished conversations are only fetched again "
        "when X reports them updated.",
    )
    export.add_argument("conversation_ids", nargs="*", metavar="CONVERSATION_ID", help="default: all of yours")
    export.add_argument("--out", required=True, metavar="DIR", help="where the files and the checkpoint go")
    export.add_argument("--keys", default=None, help="key file: also write the decrypted messages")
    export.add_argument("--no-progress", action="store_true", help="no progress bars on stderr")
    export.add_argument(
        "--decrypt-only",
        action="store_true",
        help="with --keys: make the decrypted files from the events already exported, fetching none again",
    )
    _connection_args(export)

    server = commands.add_parser(
        "fake-server",
        help="run the bundled fake X server in the foreground",
        description="Run the fake X API server (x_chat.testing) on 127.0.0.1 until interrupted.",
    )
    server.add_argument("--port", type=int, default=8765, help="port on 127.0.0.1 (default 8765, 0: any free)")
    server.add_argument("--conversation", action="append", default=None, help="conversation ID to create (repeatable)")
    server.add_argument("--events", type=int, default=2500, help="events per conversation (default 2500)")
    server.add_argument("--token", default=None, help="the bearer token it accepts (default: fake-x-token)")
    server.add_argument(
        "--oauth-client-id", default="x-chat-cli", help="a public OAuth 2.0 client it knows, for `x-chat auth login`"
    )
    server.add_argument("--rate-limit", type=int, default=900, help="requests per window, token and endpoint (900)")
    server.add_argument("--rate-window", type=float, default=900.0, help="rate-limit window in seconds (900)")

    completion = commands.add_parser(
        "completion",
        help="print the shell completion script (bash, zsh or fish)",
        description="Print the script that completes x-chat's commands and options in SHELL. Load it with: "
        'eval "$(x-chat completion bash)" in ~/.bashrc, eval "$(x-chat completion zsh)" in ~/.zshrc, or '
        "x-chat completion fish > ~/.config/fish/completions/x-chat.fish",
    )
    completion.add_argument("shell", choices=("bash", "zsh", "fish"), metavar="SHELL", help="bash, zsh or fish")
    _debug_everywhere(parser, top=True)
    return parser


def _json_arg(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--json", action="store_true", help=what)


def _debug_everywhere(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """--debug on the main parser and every subcommand (absent there: the main parser's value)."""
    parser.add_argument(
        "--debug",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="log every request (secrets redacted) and show a traceback on errors; also X_CHAT_LOG=debug",
    )
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                _debug_everywhere(sub)


def _keys_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--keys", required=True, help="key file (x-chat keys generate; JSON, mode 600)")


def _connection_args(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """--base-url and --token, on the main parser (default None) and on each subcommand (where an
    absent option leaves the main parser's value alone), so they work before or after it."""
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--base-url", default=default, help="API base URL (default $X_API_BASE_URL, else https://api.x.com)"
    )
    parser.add_argument("--token", default=default, help="OAuth 2.0 user access token (default: $X_BEARER_TOKEN)")


def _parse_time(value: str | None) -> Any:
    if value is None:
        return None
    from .times import parse_time

    return parse_time(value)


def _show_progress(asked: bool) -> bool:
    """Progress bars go to a terminal only: in a log or a pipe, cursor escapes are noise."""
    return asked and sys.stderr.isatty()


def _progress(enabled: bool) -> Any:
    if not _show_progress(enabled):
        return None
    from tqdm import tqdm

    return tqdm(desc="events", unit=" ev", file=sys.stderr, dynamic_ncols=True, leave=True)


def _event_row(event: ChatMessageEvent) -> dict[str, Any]:
    return event.to_dict()


def _write_table(events: Iterator[ChatMessageEvent], out: IO[str]) -> int:
    from .times import created_at

    header = f"{'created_at (UTC)':<24} {'id':<36} {'sender_id':<20} {'previous_id':<36} encoded_event"
    out.write(header + "\n")
    count = 0
    for event in events:
        when = created_at(event)
        stamp = when.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3] if when else "-"
        blob = event.encoded_event if isinstance(event.encoded_event, str) else "-"
        blob = blob[:24] + "..." if len(blob) > 27 else blob
        out.write(
            f"{stamp:<24} {_text(event.id):<36} {_text(event.sender_id):<20} {_text(event.previous_id):<36} {blob}\n"
        )
        count += 1
    return count


def _text(value: object) -> str:
    return value if isinstance(value, str) else "-"


def _write_jsonl(events: Iterator[ChatMessageEvent], out: IO[str]) -> int:
    count = 0
    for event in events:
        out.write(_json_line(event) + "\n")
        count += 1
    return count


def _json_row(model: Any) -> dict[str, Any]:
    """A generated model as JSON, with every field of its schema: the absent ones null."""
    import attrs

    names = [field.name.rstrip("_") for field in attrs.fields(type(model)) if field.name != "additional_properties"]
    return {**dict.fromkeys(names), **model.to_dict()}


def _json_line(model: Any) -> str:
    return json.dumps(_json_row(model), separators=(",", ":"), sort_keys=True, ensure_ascii=False)


def _counted(events: Iterator[ChatMessageEvent], bar: Any) -> Iterator[ChatMessageEvent]:
    for event in events:
        if bar is not None:
            bar.update(1)
        yield event


def _credentials(args: argparse.Namespace) -> tuple[str | None, Any]:
    """--token, else $X_BEARER_TOKEN, else the tokens `x-chat auth login` stored (self-refreshing)."""
    token = args.token if args.token is not None else os.environ.get("X_BEARER_TOKEN")
    if token is not None:
        return token, None
    from .token_store import StoredLogin

    stored = StoredLogin.load()
    return None, stored.auth() if stored is not None else None


def _events_command(args: argparse.Namespace) -> int:
    from .client import ChatClient

    started = time.perf_counter()
    token, auth = _credentials(args)
    with ChatClient(token=token, auth=auth, base_url=args.base_url) as client:
        events = client.iter_conversation_events(
            args.conversation_id,
            fields=args.fields,
            limit=args.limit,
            page_size=args.page_size,
            start_token=args.start_token,
            since=_parse_time(args.since),
            until=_parse_time(args.until),
        )
        bar = _progress(not args.no_progress)
        out: IO[str] = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
        try:
            write = _write_jsonl if args.format == "jsonl" or args.json else _write_table
            count = write(_counted(events, bar), out)
        finally:
            if bar is not None:
                bar.close()
            if out is not sys.stdout:
                out.close()
    seconds = time.perf_counter() - started
    print(f"x-chat: {count} events from {args.conversation_id} in {seconds:.2f}s", file=sys.stderr)
    return EXIT_OK


def _conversation_command(args: argparse.Namespace) -> int:
    from .client import ChatClient

    token, auth = _credentials(args)
    with ChatClient(token=token, auth=auth, base_url=args.base_url) as client:
        if args.command == "conversation":
            found = client.get_conversation(
                args.conversation_id, fields=args.fields, expansions=args.expansions, user_fields=args.user_fields
            )
            document = {**found.model.to_dict(), "data": _json_row(found.data)}
            if args.json:
                print(json.dumps(document, separators=(",", ":"), sort_keys=True, ensure_ascii=False))
            else:
                print(json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False))
            return EXIT_OK
        for item in client.iter_conversations(fields=args.fields, limit=args.limit):
            print(_json_line(item))
    return EXIT_OK


def _messages_command(args: argparse.Namespace) -> int:
    from .client import ChatClient
    from .crypto import ChatKeys

    keys = ChatKeys.from_key_file(args.keys)
    token, auth = _credentials(args)
    bar = _progress(not args.no_progress)
    count = problems = 0
    with ChatClient(token=token, auth=auth, base_url=args.base_url) as client:
        fmt = "jsonl" if args.json else args.format
        if fmt == "table":
            print(f"{'created_at (UTC)':<20} {'sender_id':<20} {'kind':<16} {'ok':<3} text")
        pages = client.iter_decrypted_pages(args.conversation_id, keys=keys, include_unverified=args.include_unverified)
        for page in pages:
            problems += len(page.errors)
            for error in page.errors:
                where = error.event_id or error.sequence_id or "?"
                line = f"x-chat: event {where}: {error.kind.value}: {error.reason}"
                if bar is not None:
                    bar.write(line, file=sys.stderr)  # above the bar, not through it
                else:
                    print(line, file=sys.stderr)
            for message in page.messages:
                if args.limit is not None and count >= args.limit:
                    break
                count += 1
                if bar is not None:
                    bar.update(1)
                _print_message(message, fmt)
            if args.limit is not None and count >= args.limit:
                break
    if bar is not None:
        bar.close()
    print(f"x-chat: {count} messages, {problems} unreadable events", file=sys.stderr)
    return EXIT_OK


def _print_message(message: Any, fmt: str) -> None:
    if fmt == "jsonl":
        print(json.dumps(message.to_record(), ensure_ascii=False))
        return
    when = message.created_at.strftime("%Y-%m-%d %H:%M:%S") if message.created_at else "-"
    text = message.text if message.text is not None else (message.emoji or "")
    if message.target_sequence_id:
        text = f"{text} (on {message.target_sequence_id})"
    if message.group_change is not None:
        change = message.group_change
        text = f"{change.change_type} {','.join(change.member_ids)}" + (f" {change.title!r}" if change.title else "")
    for media in message.media:
        text = f"{text} [{(media.media_type or 'media').lower()}: {media.filename or '?'} {media.media_hash_key}]"
    if not message.verified:
        text = f"[UNVERIFIED: do not trust its sender or content] {text}"
    print(
        f"{when:<20} {message.sender_id:<20} {message.kind.value:<16} {'yes' if message.verified else 'NO':<3} {text}"
    )


def _client(args: argparse.Namespace) -> Any:
    from .client import ChatClient

    token, auth = _credentials(args)
    return ChatClient(token=token, auth=auth, base_url=args.base_url)


def _write_command(args: argparse.Namespace) -> int:
    """send, react, edit, read, typing: one request each (two or three for a conversation's first key)."""
    keys = None
    if args.command in ("send", "react", "edit"):
        from .crypto import ChatKeys

        keys = ChatKeys.from_key_file(args.keys)
    text = _message_text(args) if args.command == "send" else ""
    with _client(args) as client:
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


def _message_text(args: argparse.Namespace) -> str:
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
    from ._e2e.sending import MAX_MESSAGE_LENGTH

    if len(text) > MAX_MESSAGE_LENGTH:  # before any upload or request
        raise ValueError(f"the message is {len(text)} characters; X takes at most {MAX_MESSAGE_LENGTH}: split it")
    return text


def _group_command(args: argparse.Namespace) -> int:
    from .crypto import ChatKeys

    keys = ChatKeys.from_key_file(args.keys)
    with _client(args) as client:
        if args.group_command == "create":
            key = client.create_group(args.member_ids, keys=keys, admin_ids=args.admin, title=args.title)
        else:
            key = client.add_group_members(args.group_id, args.member_ids, keys=keys)
    print(json.dumps({"conversation_id": key.conversation_id, "key_version": key.version}))
    return EXIT_OK


def _broadcast_command(args: argparse.Namespace) -> int:
    with _client(args) as client:
        sent = client.send_broadcast_chat(args.broadcast_id, args.text)
    print(json.dumps({"broadcast_id": sent.broadcast_id, "success": sent.success, "timestamp": sent.timestamp}))
    return EXIT_OK if sent.success else EXIT_API


def _media_command(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from .crypto import ChatKeys

    keys = ChatKeys.from_key_file(args.keys)
    if args.media_command == "download" and os.path.exists(args.output) and not args.force:
        raise ValueError(f"{args.output} exists: pass --force to overwrite it")
    quiet = not _show_progress(not args.no_progress)
    with tqdm(unit="B", unit_scale=True, file=sys.stderr, disable=quiet, desc=args.media_command) as bar:

        def progress(done: int, total: int) -> None:
            bar.total = total or None
            bar.update(done - bar.n)

        with _client(args) as client:
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


def _keys_command(args: argparse.Namespace) -> int:
    from .crypto import ChatKeys

    if args.keys_command == "generate":
        if os.path.exists(args.out):
            raise ValueError(f"{args.out} exists; refusing to overwrite a key file")
        keys = ChatKeys.generate(args.user_id)
        path = keys.write_key_file(args.out)
        print(
            f"x-chat: new keys for user {keys.user_id} (version {keys.key_version}) in {path} (mode 600)",
            file=sys.stderr,
        )
        print(f"x-chat: register them with: x-chat keys register --keys {path}", file=sys.stderr)
        return EXIT_OK
    if args.keys_command == "show":
        with _client(args) as client:
            found = client.get_users_public_keys(args.user_ids, fields=args.fields)
        for key in found.data:
            print(_json_line(key))
        for problem in found.errors:
            print(f"x-chat: {getattr(problem, 'detail', problem)}", file=sys.stderr)
        return EXIT_API if found.errors else EXIT_OK
    keys = ChatKeys.from_key_file(args.keys)
    if args.keys_command in ("fingerprint", "trust"):
        return _trust_command(args, keys)
    if args.keys_command == "export":
        print(json.dumps({"user_id": keys.user_id, **(keys.public_key() or {"public_key_version": keys.key_version})}))
        return EXIT_OK
    with _client(args) as client:
        version = client.register_public_key(keys)
    print(f"x-chat: registered the public key of user {keys.user_id} as version {version}", file=sys.stderr)
    return EXIT_OK


def _trust_command(args: argparse.Namespace, keys: Any) -> int:
    """``keys fingerprint`` and ``keys trust``: the served key against the pinned one."""
    from .ids import validate_user_id
    from .trust import IdentityKeyChangedError

    user = validate_user_id(args.user_id)
    as_json = getattr(args, "json", False)

    def show(fingerprint: str, status: str, pinned: str | None, words: str) -> None:
        record = {"user_id": user, "fingerprint": fingerprint, "status": status, "pinned": pinned}
        print(json.dumps(record) if as_json else f"{user} {fingerprint} ({words})")

    if user == keys.user_id:
        show(keys.fingerprint(), "yours", keys.fingerprint(), "yours")
        return EXIT_OK
    with _client(args) as client:
        served = client.get_user_public_keys(user)
    try:
        keys.add_public_keys(user, served)
    except IdentityKeyChangedError as changed:
        if args.keys_command == "fingerprint":
            pinned = changed.pinned_fingerprint
            show(changed.new_fingerprint, "changed", pinned, f"served; CHANGED, pinned {pinned}")
            print(f"x-chat: error: {changed}", file=sys.stderr)
            return EXIT_TRUST
        accepted = keys.trust(user, fingerprint=args.fingerprint)
        print(f"{user} {accepted} (now trusted in place of {changed.pinned_fingerprint})")
        return EXIT_OK
    if args.keys_command == "trust" and args.fingerprint is not None and args.fingerprint != keys.fingerprint(user):
        raise ValueError(f"user {user}'s key has fingerprint {keys.fingerprint(user)}, not {args.fingerprint}")
    show(keys.fingerprint(user), "trusted", keys.fingerprint(user), "trusted")
    return EXIT_OK


def _auth_command(args: argparse.Namespace) -> int:
    from .token_store import StoredLogin, token_store

    store = token_store()
    if args.auth_command == "logout":
        if not store.delete():
            print(f"x-chat: not logged in: nothing to remove from {store.where}", file=sys.stderr)
            return EXIT_OK
        print(f"x-chat: removed the tokens from {store.where}", file=sys.stderr)
        return EXIT_OK
    if args.auth_command == "status":
        stored = StoredLogin.load(store)
        expires = stored.token.expires_at if stored is not None else None
        if args.json:
            record = {
                "logged_in": stored is not None,
                "store": store.where,
                "client_id": stored.client_id if stored is not None else None,
                "expires_at": expires,
            }
            print(json.dumps(record))
            return EXIT_OK if stored is not None else EXIT_API
        if stored is None:
            print(f"not logged in (nothing in {store.where})")
            return EXIT_API
        until = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(expires)) if expires else "unknown"
        print(f"logged in as client {stored.client_id}; tokens in {store.where}; access token valid until {until}")
        return EXIT_OK
    from .auth import AUTHORIZE_URL, DEFAULT_SCOPES, TOKEN_URL, OAuth2PKCE

    pkce = OAuth2PKCE(
        client_id=args.client_id,
        client_secret=args.client_secret,
        redirect_uri=args.redirect_uri,
        scopes=tuple(args.scopes.split()) if args.scopes else DEFAULT_SCOPES,
        authorize_url=args.authorize_url or AUTHORIZE_URL,
        token_url=args.token_url or TOKEN_URL,
    )
    request = pkce.authorization_url()
    print("Open this URL, approve, then paste the URL you are redirected to (or its code):", file=sys.stderr)
    print(request.url, flush=True)
    answer = sys.stdin.readline().strip()
    if not answer:
        raise ValueError("no redirect URL or code was given")
    token = pkce.exchange(request, answer)
    saved = StoredLogin(args.client_id, token, args.client_secret, pkce.token_url).save(store)
    print(f"x-chat: logged in; tokens stored in {saved}", file=sys.stderr)
    return EXIT_OK


def _export_command(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from .export import decrypt_export, export_conversations

    keys = None
    if args.keys is not None:
        from .crypto import ChatKeys

        keys = ChatKeys.from_key_file(args.keys)
    quiet = not _show_progress(not args.no_progress)
    overall = tqdm(desc="conversations", unit=" conv", file=sys.stderr, disable=quiet, position=0)
    current = tqdm(desc="events", unit=" ev", file=sys.stderr, disable=quiet, position=1, leave=False)

    def progress(what: str, details: dict[str, Any]) -> None:
        if what == "start":
            overall.reset(total=details["total"])
        elif what == "conversation":
            current.reset()
            current.set_description_str(details["id"][:24])  # set_description would add a second ": "
            current.set_postfix_str("")
        elif what == "events":
            current.set_postfix_str("")
            current.update(details["count"])
        elif what == "wait":
            if quiet and not args.no_progress:  # no bar (not a terminal): one plain line says it
                print(f"x-chat: waiting {details['seconds']:.1f} s for the rate limit", file=sys.stderr)
            current.set_postfix_str(f"waiting {details['seconds']:.1f} s for the rate limit")
        elif what == "done":
            overall.update(1)

    if args.decrypt_only and keys is None:
        raise ValueError("--decrypt-only needs --keys FILE: the keys to decrypt the exported events with")
    with _client(args) as client:
        try:
            if args.decrypt_only:
                summary = decrypt_export(client, args.out, keys, args.conversation_ids or None)  # type: ignore[arg-type]
            else:
                summary = export_conversations(client, args.out, args.conversation_ids or None, keys, progress=progress)
        finally:
            current.close()
            overall.close()
    for cid, repair in summary.repaired.items():
        print(f"x-chat: repaired {cid}: {repair}", file=sys.stderr)
    for cid, error in summary.errors.items():
        print(f"x-chat: {cid}: {error}", file=sys.stderr)
    print(f"x-chat: {summary}", file=sys.stderr)
    return EXIT_API if summary.errors else EXIT_OK


def _fake_server_command(args: argparse.Namespace) -> int:
    from .testing import DEFAULT_TOKEN, FakeXServer, RateLimits

    limits = RateLimits(limit=args.rate_limit, window=args.rate_window)
    server = FakeXServer(port=args.port, token=args.token or DEFAULT_TOKEN, rate_limits=limits)
    for conversation_id in args.conversation or ["1215441834412953600-1603419180975409153", "g1234567890123456789"]:
        server.add_conversation(conversation_id, events=args.events)
    server.credentials.add_oauth2_client(args.oauth_client_id)
    server.start()
    print(
        f"fake X server on {server.base_url} (token {server.token!r}, user {server.user_id}); Ctrl-C stops it",
        file=sys.stderr,
    )
    print(
        f"  OAuth 2.0 client {args.oauth_client_id!r}: authorize and token endpoints under /2/oauth2/", file=sys.stderr
    )
    for conversation_id in server.conversations:
        print(f"  conversation {conversation_id}: {args.events} events", file=sys.stderr)
    sys.stderr.flush()
    server.serve_forever()
    return EXIT_OK


def _dispatch(args: argparse.Namespace) -> int:
    try:
        if args.command == "events":
            return _events_command(args)
        if args.command in ("conversation", "conversations"):
            return _conversation_command(args)
        if args.command == "auth":
            return _auth_command(args)
        if args.command == "messages":
            return _messages_command(args)
        if args.command in ("send", "react", "edit", "read", "typing"):
            return _write_command(args)
        if args.command == "keys":
            return _keys_command(args)
        if args.command == "media":
            return _media_command(args)
        if args.command == "group":
            return _group_command(args)
        if args.command == "broadcast":
            return _broadcast_command(args)
        if args.command == "export":
            return _export_command(args)
        if args.command == "completion":
            return _completion_command(args)
        return _fake_server_command(args)
    except (KeyboardInterrupt, BrokenPipeError):
        raise
    except BaseException:
        if args.debug:  # the one-line message follows (from _run)
            traceback.print_exc(file=sys.stderr)
        raise


def _completion_command(args: argparse.Namespace) -> int:
    from argcomplete.shell_integration import shellcode

    sys.stdout.write(shellcode(["x-chat"], shell=args.shell))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (see ``EXIT_OK`` and the others: 0 ok, 1 API or network
    error, 2 bad input, 3 the server's answer failed a trust check, 4 credentials missing or
    refused, 130 interrupted)."""
    parser = _parser()
    if "_ARGCOMPLETE" in os.environ:  # a shell asking for completions (see `x-chat completion`)
        import argcomplete

        argcomplete.autocomplete(parser)
    args = parser.parse_args(argv)
    if args.debug:
        from ._logs import setup_logging

        setup_logging("debug")
    try:
        return _run(args)
    except BrokenPipeError:  # `x-chat events ... | head`: the reader has what it wanted
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the interpreter's last flush fails silently too
        return EXIT_OK


def _run(args: argparse.Namespace) -> int:
    """The command, its failure as one line on stderr and an exit code (with --debug, the traceback
    first)."""
    from .errors import AuthenticationError, MalformedDataError, MissingCredentialsError, UnexpectedStatus, XChatError
    from .export import ExportError
    from .trust import TrustError

    try:
        return _dispatch(args)
    except KeyboardInterrupt:
        print("x-chat: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # main() ends quietly
        raise
    except MissingCredentialsError:
        print(f"x-chat: error: {_NO_CREDENTIALS}", file=sys.stderr)
        return EXIT_AUTH
    except AuthenticationError as exc:
        print(
            f"x-chat: error: X refused the credentials ({exc}). Check --token or X_BEARER_TOKEN, "
            "or run `x-chat auth login` again",
            file=sys.stderr,
        )
        return EXIT_AUTH
    except TrustError as exc:  # refused before anything was encrypted or sent: a security matter
        print(f"x-chat: error: {exc}", file=sys.stderr)
        return EXIT_TRUST
    except ExportError as exc:  # the folder as it is: another run, a checkpoint that cannot be read
        print(f"x-chat: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ImportError as exc:  # an optional extra that is not installed: the message says which
        print(f"x-chat: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (
        MalformedDataError,
        UnexpectedStatus,
    ) as exc:  # the server's fault, though MalformedDataError is a ValueError
        print(f"x-chat: error: {exc}", file=sys.stderr)
        return EXIT_API
    except (ValueError, TypeError) as exc:  # invalid IDs, fields, dates, page sizes: before any request
        print(f"x-chat: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except XChatError as exc:
        print(f"x-chat: error: {exc}", file=sys.stderr)
        return EXIT_API
    except OSError as exc:  # a file argument that cannot be read or written (network errors are XChatErrors)
        print(f"x-chat: error: {exc}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    raise SystemExit(main())
