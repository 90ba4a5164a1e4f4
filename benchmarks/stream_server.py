"""A minimal activity stream for `make bench`: answers each connection with an HTTP head and the
NDJSON lines of a file, as fast as the socket takes them, or one line every ``--pace`` seconds with
the send time (``time.time_ns()``) written into each line's ``sent_at_ns`` placeholder; then closes.
Prints its port. Nothing else runs in this process, so the client's figures are its own."""

from __future__ import annotations

import argparse
import socket
import threading
import time

HEAD = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n"
PLACEHOLDER = b"0" * 19


def serve(connection: socket.socket, lines: list[bytes], pace: float) -> None:
    with connection:
        connection.recv(65536)  # the request head (small, one segment)
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        connection.sendall(HEAD)
        if pace <= 0:
            connection.sendall(b"".join(lines))
            return
        next_at = time.perf_counter()
        for line in lines:
            next_at += pace
            time.sleep(max(next_at - time.perf_counter(), 0))  # no busy wait: the client has the cores
            connection.sendall(line.replace(PLACEHOLDER, str(time.time_ns()).rjust(19, "0").encode(), 1))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", required=True)
    parser.add_argument("--pace", type=float, default=0.0)
    args = parser.parse_args()
    with open(args.lines, "rb") as source:
        lines = source.read().splitlines(keepends=True)
    listener = socket.create_server(("127.0.0.1", 0))
    print(listener.getsockname()[1], flush=True)
    while True:
        connection, _ = listener.accept()
        threading.Thread(target=serve, args=(connection, lines, args.pace), daemon=True).start()


if __name__ == "__main__":
    main()
