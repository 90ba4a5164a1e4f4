"""The argument parser: every command and option of ``x-chat``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="x-chat", description="Read and write X Chat conversations from the command line."
    )
    from .. import __version__

    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    connection_args(parser, top=True)  # also before the subcommand: x-chat --token T events ...
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
    json_arg(events, "one JSON object per event (JSON Lines), every field present, absent ones null")
    events.add_argument("--output", "-o", default=None, help="write events to this file instead of stdout")
    events.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    # Credentials: --token, else $X_BEARER_TOKEN, else the tokens `x-chat auth login` stored.
    connection_args(events)

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
    json_arg(conversation, "the conversation as one line of JSON, every field present, absent ones null")
    connection_args(conversation)

    conversations = commands.add_parser(
        "conversations",
        help="list your conversations (JSON lines)",
        description="List the conversations of your inbox, one JSON object a line, following pagination.",
    )
    conversations.add_argument("--fields", default=None, help="comma-separated conversation fields, or all")
    conversations.add_argument("--limit", type=int, default=None, help="stop after N conversations")
    json_arg(conversations, "JSON Lines (the default output), every field present, absent ones null")
    connection_args(conversations)

    messages = commands.add_parser(
        "messages",
        help="print a conversation's decrypted messages (needs x-chat[crypto])",
        description="Decrypt and verify a conversation's messages with your exported chat keys.",
    )
    messages.add_argument("conversation_id", metavar="CONVERSATION_ID")
    messages.add_argument("--keys", required=True, help="key file (JSON: user_id, key_version, private_keys); mode 600")
    messages.add_argument("--limit", type=int, default=None, help="stop after N messages")
    messages.add_argument("--format", choices=("table", "jsonl"), default="table", help="output format (default table)")
    json_arg(messages, "one JSON object per message (JSON Lines), absent values null")
    messages.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    messages.add_argument(
        "--include-unverified",
        action="store_true",
        help="also print messages whose signature does not verify, marked UNVERIFIED (never trust them)",
    )
    connection_args(messages)

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
    keys_arg(send)
    connection_args(send)

    react = commands.add_parser("react", help="add (or --remove) an encrypted reaction to a message")
    react.add_argument("conversation_id", metavar="CONVERSATION_ID")
    react.add_argument("sequence_id", metavar="SEQ", help="the sequence ID of the message reacted to")
    react.add_argument("emoji", metavar="EMOJI")
    react.add_argument("--remove", action="store_true", help="take the reaction back")
    keys_arg(react)
    connection_args(react)

    edit = commands.add_parser("edit", help="replace the text of one of your messages (encrypted)")
    edit.add_argument("conversation_id", metavar="CONVERSATION_ID")
    edit.add_argument("sequence_id", metavar="SEQ", help="the sequence ID of the message edited")
    edit.add_argument("text", metavar="TEXT")
    keys_arg(edit)
    connection_args(edit)

    read = commands.add_parser("read", help="mark a conversation read up to a message")
    read.add_argument("conversation_id", metavar="CONVERSATION_ID")
    read.add_argument("sequence_id", metavar="SEQ", help="the sequence ID of the last message read")
    connection_args(read)

    typing = commands.add_parser("typing", help="show the typing indicator in a conversation")
    typing.add_argument("conversation_id", metavar="CONVERSATION_ID")
    connection_args(typing)

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
    keys_arg(create)
    connection_args(create)
    add = group_commands.add_parser(
        "add", help="add members with a new key for everyone (they read only what is sent after)"
    )
    add.add_argument("group_id", metavar="GROUP_ID", help="e.g. g1234567890123456789")
    add.add_argument("member_ids", nargs="+", metavar="MEMBER_ID", help="the user IDs to add")
    keys_arg(add)
    connection_args(add)

    delete = commands.add_parser(
        "delete",
        help="delete messages, from your view or (--for-all) your own for everyone (signed; needs x-chat[crypto])",
        description="Delete messages by sequence ID, with the action signature chatxdk makes. Without --for-all, "
        "they disappear from your view only (any message); with it, your own messages disappear for every "
        "participant. Prints X's answer (JSON).",
    )
    delete.add_argument("conversation_id", metavar="CONVERSATION_ID")
    delete.add_argument("sequence_ids", nargs="+", metavar="SEQ", help="the sequence IDs of the messages")
    delete.add_argument("--for-all", action="store_true", help="delete your own messages for every participant")
    keys_arg(delete)
    connection_args(delete)

    broadcast = commands.add_parser(
        "broadcast",
        help="a live broadcast's chat: send, read, and moderate (public: not encrypted)",
        description="A live broadcast's chat. Broadcast chat is public, so no keys are involved. "
        "`x-chat broadcast BROADCAST_ID TEXT` still posts, as `broadcast send` does.",
    )
    actions = broadcast.add_subparsers(dest="broadcast_command", required=True, metavar="ACTION")
    send_chat = actions.add_parser("send", help="post TEXT (1 to 140 characters) as you; prints X's answer (JSON)")
    send_chat.add_argument("broadcast_id", metavar="BROADCAST_ID", help="e.g. 1yNGaQLWpejGj")
    send_chat.add_argument("text", metavar="TEXT")
    send_chat.add_argument("--reply-to", default=None, metavar="MESSAGE_ID", help="the chat message replied to")
    connection_args(send_chat)
    history = actions.add_parser("chat", help="print your broadcast's chat, newest first (JSON lines)")
    history.add_argument("broadcast_id", metavar="BROADCAST_ID")
    history.add_argument("--limit", type=int, default=None, help="at most this many messages")
    history.add_argument("--authors", action="store_true", help="add each author's user object (expansions)")
    connection_args(history)
    mute = actions.add_parser("mute", help="mute a user in your broadcast's chat, or time them out")
    mute.add_argument("broadcast_id", metavar="BROADCAST_ID")
    mute.add_argument("user_id", metavar="USER_ID")
    until = mute.add_mutually_exclusive_group()
    until.add_argument("--until", default=None, metavar="TIME", help="when the mute ends (a date/time; UTC)")
    until.add_argument("--minutes", type=float, default=None, help="a time-out of this many minutes")
    mute.add_argument("--message", default=None, metavar="MESSAGE_ID", help="also remove this message of theirs")
    connection_args(mute)
    unmute = actions.add_parser("unmute", help="let a muted user post in your broadcast's chat again")
    unmute.add_argument("broadcast_id", metavar="BROADCAST_ID")
    unmute.add_argument("user_id", metavar="USER_ID")
    connection_args(unmute)
    remove = actions.add_parser("delete", help="remove a chat message from your broadcast")
    remove.add_argument("broadcast_id", metavar="BROADCAST_ID")
    remove.add_argument("message_id", metavar="MESSAGE_ID")
    connection_args(remove)

    media = commands.add_parser("media", help="upload or download encrypted media (needs x-chat[crypto])")
    media_commands = media.add_subparsers(dest="media_command", required=True, metavar="ACTION")
    upload = media_commands.add_parser("upload", help="encrypt and upload a file; prints its media_hash_key")
    upload.add_argument("conversation_id", metavar="CONVERSATION_ID")
    upload.add_argument("file", metavar="FILE")
    upload.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    keys_arg(upload)
    connection_args(upload)
    download = media_commands.add_parser("download", help="download and decrypt media into a file")
    download.add_argument("conversation_id", metavar="CONVERSATION_ID")
    download.add_argument("media_hash_key", metavar="MEDIA_HASH_KEY")
    download.add_argument("output", metavar="OUTPUT", help="the file to write (written whole or not at all)")
    download.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    download.add_argument("--force", action="store_true", help="overwrite OUTPUT if it exists")
    keys_arg(download)
    connection_args(download)

    keys = commands.add_parser("keys", help="make, register and export your chat keys (needs x-chat[crypto])")
    keys_commands = keys.add_subparsers(dest="keys_command", required=True, metavar="ACTION")
    generate = keys_commands.add_parser("generate", help="new key pairs, written to a key file only you can read")
    generate.add_argument("--user-id", required=True, help="your user ID")
    generate.add_argument("--out", required=True, help="the key file to write (mode 600; refused if it exists)")
    register = keys_commands.add_parser("register", help="register the key file's public key with X")
    keys_arg(register)
    connection_args(register)
    export = keys_commands.add_parser("export", help="print the key file's public key (JSON; no secret)")
    json_arg(export, "JSON (the default output)")
    keys_arg(export)
    show = keys_commands.add_parser("show", help="print users' registered public keys (JSON lines)")
    show.add_argument("user_ids", nargs="+", metavar="USER_ID", help="any number (asked 100 a request)")
    show.add_argument("--fields", default="all", help="comma-separated public key fields, or all (the default)")
    json_arg(show, "JSON Lines (the default output), every field present, absent ones null")
    connection_args(show)
    fingerprint = keys_commands.add_parser(
        "fingerprint",
        help="print a user's key fingerprint (yours with your own ID) to compare out of band",
        description="Print the fingerprint of USER_ID's identity key as X serves it and as you trust it (pinned in "
        "the trust store beside the key file the first time it was seen). Compare it with USER_ID in person or "
        "on another channel. Exit code 3 when the served key is not the pinned one.",
    )
    fingerprint.add_argument("user_id", metavar="USER_ID")
    json_arg(fingerprint, 'one line of JSON: user_id, fingerprint, status ("yours", "trusted" or "changed"), pinned')
    keys_arg(fingerprint)
    connection_args(fingerprint)
    trust = keys_commands.add_parser(
        "trust",
        help="accept a user's changed identity key (after comparing its fingerprint out of band)",
        description="Pin the identity key X now serves for USER_ID in place of the one trusted before. Do this "
        "only after comparing the fingerprint with USER_ID out of band: a changed key can mean someone is "
        "reading what you send.",
    )
    trust.add_argument("user_id", metavar="USER_ID")
    trust.add_argument("--fingerprint", default=None, help="accept only a key with this fingerprint")
    keys_arg(trust)
    connection_args(trust)

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
    json_arg(status, "one line of JSON: logged_in, store, client_id, expires_at (epoch seconds)")

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
    connection_args(export)

    from ._realtime import add_realtime_parsers

    add_realtime_parsers(commands, connection_args, keys_arg, json_arg)

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
    server.add_argument(
        "--consumer-secret", default=None, help="the consumer secret it signs webhook deliveries with (default: fake)"
    )

    completion = commands.add_parser(
        "completion",
        help="print the shell completion script (bash, zsh or fish)",
        description="Print the script that completes x-chat's commands and options in SHELL. Load it with: "
        'eval "$(x-chat completion bash)" in ~/.bashrc, eval "$(x-chat completion zsh)" in ~/.zshrc, or '
        "x-chat completion fish > ~/.config/fish/completions/x-chat.fish",
    )
    completion.add_argument("shell", choices=("bash", "zsh", "fish"), metavar="SHELL", help="bash, zsh or fish")
    debug_everywhere(parser, top=True)
    return parser


def json_arg(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--json", action="store_true", help=what)


def debug_everywhere(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
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
                debug_everywhere(sub)


def keys_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--keys", required=True, help="key file (x-chat keys generate; JSON, mode 600)")


def connection_args(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """--base-url and --token, on the main parser (default None) and on each subcommand (where an
    absent option leaves the main parser's value alone), so they work before or after it."""
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--base-url", default=default, help="API base URL (default $X_API_BASE_URL, else https://api.x.com)"
    )
    parser.add_argument("--token", default=default, help="OAuth 2.0 user access token (default: $X_BEARER_TOKEN)")
    parser.add_argument(
        "--rate-budget",
        default=default,
        metavar="URL_OR_FILE",
        help="share the rate-limit budget: a redis:// URL (every process on it, one budget per token; needs "
        "x-chat[redis]) or a file that keeps this process's windows for the next run (default: $X_CHAT_RATE_BUDGET)",
    )
