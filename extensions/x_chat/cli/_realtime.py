"""Real-time commands: ``x-chat subscriptions``, ``x-chat listen`` and ``x-chat webhook``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from ._common import EXIT_OK, open_client, print_message

CONSUMER_SECRET_ENV = "X_CONSUMER_SECRET"


def activity_record(activity: Any) -> dict[str, Any]:
    """A `ChatActivity` as one JSON object (ciphertext included, as X sent it)."""
    return {
        "event_uuid": activity.event_uuid,
        "event_type": str(activity.event_type),
        "conversation_id": activity.conversation_id,
        "sender_id": activity.sender_id,
        "event_id": activity.event_id,
        "created_at": activity.created_at.isoformat() if activity.created_at else None,
        "user_id": activity.user_id,
        "tag": activity.tag,
        "encoded_event": activity.encoded_event,
    }


def _subscription_record(subscription: Any) -> dict[str, Any]:
    return {
        "subscription_id": subscription.subscription_id,
        "event_type": str(subscription.event_type),
        "user_id": subscription.user_id,
        "tag": subscription.tag,
        "webhook_id": subscription.webhook_id,
        "created_at": subscription.created_at,
    }


def subscriptions_command(args: argparse.Namespace) -> int:
    with open_client(args) as client:
        if args.subscriptions_command == "list":
            for subscription in client.iter_activity_subscriptions():
                print(json.dumps(_subscription_record(subscription)))
            return EXIT_OK
        if args.subscriptions_command == "add":
            made = client.create_activity_subscription(
                args.event_type, args.user_id, tag=args.tag, webhook_id=args.webhook_id
            )
        elif args.subscriptions_command == "update":
            made = client.update_activity_subscription(args.subscription_id, tag=args.tag, webhook_id=args.webhook_id)
        else:
            deleted = client.delete_activity_subscription(args.subscription_id)
            print(json.dumps({"subscription_id": args.subscription_id, "deleted": deleted}))
            return EXIT_OK
    print(json.dumps(_subscription_record(made)))
    return EXIT_OK


def listen_command(args: argparse.Namespace) -> int:
    """Messages (with --keys: decrypted and verified) or activities (without) as they arrive,
    until interrupted or --limit; ``--via auto`` falls back to polling on 402 or 403."""
    from ..errors import PaymentRequiredError, PermissionDeniedError

    count = 0
    with open_client(args) as client:
        if args.keys is None:
            via = args.via
            while True:
                if via == "poll":
                    items: Any = client.poll_chat_activity(interval=args.interval)
                else:
                    items = client.stream_chat_activity(stall_timeout=args.stall_timeout)
                try:
                    for activity in items:
                        record = activity_record(activity)
                        shown = f"{record['event_type']:<32} {record['conversation_id']} {record['sender_id']}"
                        print(json.dumps(record) if args.json else shown, flush=True)
                        count += 1
                        if args.limit is not None and count >= args.limit:
                            return EXIT_OK
                except (PaymentRequiredError, PermissionDeniedError) as error:
                    if via != "auto":
                        raise
                    print(
                        f"x-chat: the activity stream is not open to this app (HTTP {error.status_code}): "
                        f"polling every {args.interval:g} s instead",
                        file=sys.stderr,
                    )
                    via = "poll"
                finally:
                    items.close()
        from ..crypto import ChatKeys

        keys = ChatKeys.from_key_file(args.keys)
        messages = client.listen(keys=keys, via=args.via, interval=args.interval, stall_timeout=args.stall_timeout)
        try:
            for message in messages:
                print_message(message, "jsonl" if args.json else "table")
                sys.stdout.flush()
                count += 1
                if args.limit is not None and count >= args.limit:
                    break
        finally:
            messages.close()
    return EXIT_OK


def _secret(args: argparse.Namespace) -> str:
    secret = args.consumer_secret or os.environ.get(CONSUMER_SECRET_ENV)
    if not secret:
        raise ValueError(f"the webhook needs your app's consumer secret: --consumer-secret or ${CONSUMER_SECRET_ENV}")
    return str(secret)


def webhook_command(args: argparse.Namespace) -> int:
    if args.webhook_command == "serve":
        return _serve(args)
    with open_client(args) as client:
        if args.webhook_command == "register":
            made = client.create_webhook(args.url)
            print(json.dumps({"id": made.id, "url": made.url, "valid": made.valid, "created_at": made.created_at}))
        elif args.webhook_command == "list":
            for hook in client.get_webhooks():
                print(json.dumps({"id": hook.id, "url": hook.url, "valid": hook.valid, "created_at": hook.created_at}))
        elif args.webhook_command == "delete":
            print(json.dumps({"id": args.webhook_id, "deleted": client.delete_webhook(args.webhook_id)}))
        elif args.webhook_command == "validate":
            print(json.dumps({"id": args.webhook_id, "valid": client.validate_webhook(args.webhook_id)}))
        else:
            job = client.replay_webhook(args.webhook_id, args.since, args.until)
            print(
                json.dumps(
                    {
                        "job_id": job.job_id,
                        "webhook_id": job.webhook_id,
                        "from_date": job.from_date,
                        "to_date": job.to_date,
                    }
                )
            )
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    """``x-chat webhook serve``: a `WebhookApp` under uvicorn, printing each event as a JSON line."""
    try:
        import uvicorn
    except ImportError:
        raise ImportError("x-chat webhook serve needs uvicorn: pip install 'x-chat[webhooks]'") from None
    from ..webhooks import WebhookApp

    secret = _secret(args)
    client = open_client(args) if args.webhook_id is not None or args.keys is not None else None
    keys = None
    if args.keys is not None:
        from ..crypto import ChatKeys

        keys = ChatKeys.from_key_file(args.keys)

    def on_event(activity: Any) -> None:
        if keys is not None and client is not None:
            for message in client.decrypt_activity(activity, keys=keys):
                print_message(message, "jsonl" if args.json else "table")
        else:
            print(json.dumps(activity_record(activity)), flush=True)
        sys.stdout.flush()

    app = WebhookApp(
        consumer_secret=secret,
        on_event=on_event,
        journal=args.journal,
        client=client if args.webhook_id is not None else None,
        webhook_id=args.webhook_id,
    )
    print(
        f"x-chat: webhook on http://{args.host}:{args.port}/ (journal {app.journal.path}); Ctrl-C stops it",
        file=sys.stderr,
        flush=True,
    )
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning", lifespan="on")
    finally:
        if client is not None:
            client.close()
    return EXIT_OK


def add_realtime_parsers(commands: Any, connection_args: Any, keys_arg: Any, json_arg: Any) -> None:
    """The parsers of ``subscriptions``, ``listen`` and ``webhook``."""
    subscriptions = commands.add_parser(
        "subscriptions",
        help="X Activity subscriptions: which users' chat events X delivers (list, add, update, remove)",
        description="Manage your app's X Activity API subscriptions to chat events. Event types: chat.received, "
        "chat.sent, chat.conversation.join, chat.conversation.member_added, ... (chat.conversation_join, "
        "deprecated, is taken as chat.conversation.join).",
    )
    actions = subscriptions.add_subparsers(dest="subscriptions_command", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="print your subscriptions (JSON lines)")
    connection_args(listing)
    add = actions.add_parser("add", help="subscribe to a user's chat events; prints the subscription (JSON)")
    add.add_argument("event_type", metavar="EVENT_TYPE", help="e.g. chat.received")
    add.add_argument("user_id", metavar="USER_ID", help="whose events")
    add.add_argument("--tag", default=None, help="your label, delivered with each event")
    add.add_argument("--webhook-id", default=None, help="deliver to this webhook (default: the activity stream)")
    connection_args(add)
    update = actions.add_parser("update", help="change a subscription's tag or webhook")
    update.add_argument("subscription_id", metavar="SUBSCRIPTION_ID")
    update.add_argument("--tag", default=None)
    update.add_argument("--webhook-id", default=None)
    connection_args(update)
    remove = actions.add_parser("remove", help="delete a subscription")
    remove.add_argument("subscription_id", metavar="SUBSCRIPTION_ID")
    connection_args(remove)

    listen = commands.add_parser(
        "listen",
        help="print chat as it arrives (the activity stream, or polling); decrypted with --keys",
        description="Print messages as they arrive, until interrupted. With --keys, decrypted and verified "
        "messages (--via auto reads the activity stream and falls back to polling when X answers 402 or 403); "
        "without, the chat activities as X delivers them (ciphertext).",
    )
    listen.add_argument("--keys", default=None, help="key file: print decrypted, verified messages")
    json_arg(listen, "one JSON object per message or activity")
    listen.add_argument("--via", choices=("auto", "stream", "poll"), default="auto", help="how to receive (auto)")
    listen.add_argument("--interval", type=float, default=10.0, help="seconds between polls (polling; default 10)")
    listen.add_argument(
        "--stall-timeout", type=float, default=20.0, help="seconds of stream silence that mean a dead connection (20)"
    )
    listen.add_argument("--limit", type=int, default=None, help="stop after N messages")
    connection_args(listen)

    webhook = commands.add_parser(
        "webhook",
        help="receive chat by webhook: serve the endpoint, register it with X, replay a downtime",
        description="Webhooks: `serve` runs x_chat.webhooks.WebhookApp under uvicorn (needs x-chat[webhooks]); "
        "`register URL` registers it with X (X checks it at once with a CRC challenge, so serve it first).",
    )
    hooks = webhook.add_subparsers(dest="webhook_command", required=True, metavar="ACTION")
    serve = hooks.add_parser("serve", help="serve the webhook endpoint; prints each event (JSON lines)")
    serve.add_argument("--port", type=int, default=8080, help="port (default 8080)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument(
        "--consumer-secret", default=None, help=f"your app's consumer secret (default ${CONSUMER_SECRET_ENV})"
    )
    serve.add_argument(
        "--journal", default=None, help="the SQLite journal (default ~/.local/state/x-chat/webhook-journal.sqlite3)"
    )
    serve.add_argument("--webhook-id", default=None, help="this webhook's ID: ask X to replay the downtime at start")
    serve.add_argument("--keys", default=None, help="key file: print decrypted, verified messages")
    json_arg(serve, "with --keys: one JSON object per message")
    connection_args(serve)
    register = hooks.add_parser("register", help="register URL with X (prints the webhook, JSON)")
    register.add_argument("url", metavar="URL")
    connection_args(register)
    listing = hooks.add_parser("list", help="print your webhooks (JSON lines)")
    connection_args(listing)
    for name, what in (("delete", "delete a webhook"), ("validate", "ask X to CRC-check a webhook again")):
        sub = hooks.add_parser(name, help=what)
        sub.add_argument("webhook_id", metavar="WEBHOOK_ID")
        connection_args(sub)
    replay = hooks.add_parser("replay", help="have X deliver a window again (the past 24 hours)")
    replay.add_argument("webhook_id", metavar="WEBHOOK_ID")
    replay.add_argument("--since", required=True, help="the window's start (a date/time; UTC if no zone)")
    replay.add_argument("--until", default=None, help="its end (default now)")
    connection_args(replay)
