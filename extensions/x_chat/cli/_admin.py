"""The commands around the API: keys and trust, logging in, exporting, the fake server, completion."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    pass

from ._common import EXIT_API, EXIT_OK, EXIT_TRUST, json_line, open_client, show_progress


def keys_command(args: argparse.Namespace) -> int:
    from ..crypto import ChatKeys

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
        with open_client(args) as client:
            found = client.get_users_public_keys(args.user_ids, fields=args.fields)
        for key in found.data:
            print(json_line(key))
        for problem in found.errors:
            print(f"x-chat: {getattr(problem, 'detail', problem)}", file=sys.stderr)
        return EXIT_API if found.errors else EXIT_OK
    keys = ChatKeys.from_key_file(args.keys)
    if args.keys_command in ("fingerprint", "trust"):
        return trust_command(args, keys)
    if args.keys_command == "export":
        print(json.dumps({"user_id": keys.user_id, **(keys.public_key() or {"public_key_version": keys.key_version})}))
        return EXIT_OK
    with open_client(args) as client:
        version = client.register_public_key(keys)
    print(f"x-chat: registered the public key of user {keys.user_id} as version {version}", file=sys.stderr)
    return EXIT_OK


def trust_command(args: argparse.Namespace, keys: Any) -> int:
    """``keys fingerprint`` and ``keys trust``: the served key against the pinned one."""
    from ..ids import validate_user_id
    from ..trust import IdentityKeyChangedError

    user = validate_user_id(args.user_id)
    as_json = getattr(args, "json", False)

    def show(fingerprint: str, status: str, pinned: str | None, words: str) -> None:
        record = {"user_id": user, "fingerprint": fingerprint, "status": status, "pinned": pinned}
        print(json.dumps(record) if as_json else f"{user} {fingerprint} ({words})")

    if user == keys.user_id:
        show(keys.fingerprint(), "yours", keys.fingerprint(), "yours")
        return EXIT_OK
    with open_client(args) as client:
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


def auth_command(args: argparse.Namespace) -> int:
    from ..token_store import StoredLogin, token_store

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
    from ..auth import AUTHORIZE_URL, DEFAULT_SCOPES, TOKEN_URL, OAuth2PKCE

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


def export_command(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from ..export import decrypt_export, export_conversations

    keys = None
    if args.keys is not None:
        from ..crypto import ChatKeys

        keys = ChatKeys.from_key_file(args.keys)
    quiet = not show_progress(not args.no_progress)
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
    with open_client(args, budget_file=os.path.join(args.out, ".rate-budget.json")) as client:
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


def fake_server_command(args: argparse.Namespace) -> int:
    from ..testing import DEFAULT_CONSUMER_SECRET, DEFAULT_TOKEN, FakeXServer, RateLimits

    limits = RateLimits(limit=args.rate_limit, window=args.rate_window)
    server = FakeXServer(
        port=args.port,
        token=args.token or DEFAULT_TOKEN,
        rate_limits=limits,
        consumer_secret=args.consumer_secret or DEFAULT_CONSUMER_SECRET,
    )
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


def completion_command(args: argparse.Namespace) -> int:
    from argcomplete.shell_integration import shellcode

    sys.stdout.write(shellcode(["x-chat"], shell=args.shell))
    return EXIT_OK
