"""The ``x-chat`` command line: ``main`` parses and dispatches; each command lives in a module of
its kind (``_reads``, ``_writes``, ``_admin``), the parser in ``parser``.

argparse (standard library, well kept) does the parsing: no dependency, and the fastest start-up
for ``x-chat --help``. tqdm draws the progress bar on stderr while paging; it is imported only
when a bar is shown.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence

from ._admin import auth_command, completion_command, export_command, fake_server_command, keys_command
from ._common import (
    EXIT_API,
    EXIT_AUTH,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TRUST,
    EXIT_USAGE,
    NO_CREDENTIALS,
)
from ._parser import build_parser
from ._reads import conversation_command, events_command, messages_command
from ._realtime import listen_command, subscriptions_command, webhook_command
from ._writes import BROADCAST_ACTIONS, broadcast_command, delete_command, group_command, media_command, write_command

__all__ = ["main"]


def _dispatch(args: argparse.Namespace) -> int:
    try:
        if args.command == "events":
            return events_command(args)
        if args.command in ("conversation", "conversations"):
            return conversation_command(args)
        if args.command == "auth":
            return auth_command(args)
        if args.command == "messages":
            return messages_command(args)
        if args.command in ("send", "react", "edit", "read", "typing"):
            return write_command(args)
        if args.command == "keys":
            return keys_command(args)
        if args.command == "media":
            return media_command(args)
        if args.command == "group":
            return group_command(args)
        if args.command == "broadcast":
            return broadcast_command(args)
        if args.command == "delete":
            return delete_command(args)
        if args.command == "export":
            return export_command(args)
        if args.command == "subscriptions":
            return subscriptions_command(args)
        if args.command == "listen":
            return listen_command(args)
        if args.command == "webhook":
            return webhook_command(args)
        if args.command == "completion":
            return completion_command(args)
        return fake_server_command(args)
    except (KeyboardInterrupt, BrokenPipeError):
        raise
    except BaseException:
        if args.debug:  # the one-line message follows (from _run)
            traceback.print_exc(file=sys.stderr)
        raise


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (see ``EXIT_OK`` and the others: 0 ok, 1 API or network
    error, 2 bad input, 3 the server's answer failed a trust check, 4 credentials missing or
    refused, 130 interrupted)."""
    parser = build_parser()
    if "_ARGCOMPLETE" in os.environ:  # a shell asking for completions (see `x-chat completion`)
        import argcomplete

        argcomplete.autocomplete(parser)
    args = parser.parse_args(_with_broadcast_send(list(sys.argv[1:] if argv is None else argv)))
    if args.debug:
        from .._logs import setup_logging

        setup_logging("debug")
    try:
        return _run(args)
    except BrokenPipeError:  # `x-chat events ... | head`: the reader has what it wanted
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the interpreter's last flush fails silently too
        return EXIT_OK


def _with_broadcast_send(argv: list[str]) -> list[str]:
    """``x-chat broadcast ID TEXT`` (0.4) is ``x-chat broadcast send ID TEXT``: the action is added
    when the first word after ``broadcast`` is not one (options may only follow the action)."""
    if "broadcast" not in argv:
        return argv
    at = argv.index("broadcast") + 1
    first = next((word for word in argv[at:] if not word.startswith("-")), None)
    if first is None or first in BROADCAST_ACTIONS:
        return argv
    return [*argv[:at], "send", *argv[at:]]


def _run(args: argparse.Namespace) -> int:
    """The command, its failure as one line on stderr and an exit code (with --debug, the traceback
    first)."""
    from ..errors import AuthenticationError, MalformedDataError, MissingCredentialsError, XChatError
    from ..export import ExportError
    from ..trust import TrustError

    try:
        return _dispatch(args)
    except KeyboardInterrupt:
        print("x-chat: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # main() ends quietly
        raise
    except MissingCredentialsError:
        print(f"x-chat: error: {NO_CREDENTIALS}", file=sys.stderr)
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
    except MalformedDataError as exc:  # the server's fault, though MalformedDataError is a ValueError
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
