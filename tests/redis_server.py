"""A real redis-server for the tests: Debian's, unpacked by `make redis-setup` into .tools/redis,
started on a free port of 127.0.0.1 with nothing persisted, and SIGKILLed at the end."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REDIS = ROOT / ".tools" / "redis"
SERVER = REDIS / "usr" / "bin" / "redis-server"
LIBRARIES = [str(path) for path in (REDIS / "usr" / "lib").glob("*-linux-gnu")]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RedisServer:
    """One redis-server process; ``stop()`` kills it (SIGKILL), ``start()`` brings it back on the
    same port, empty."""

    def __init__(self, port: int | None = None) -> None:
        if not SERVER.exists():
            raise RuntimeError("redis-server is not installed: run `make redis-setup` (make test does)")
        self.port = port or free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        environment = {**os.environ, "LD_LIBRARY_PATH": os.pathsep.join(LIBRARIES)}
        command = [str(SERVER), "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        self.process = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                error = self.process.stderr.read().decode() if self.process.stderr else ""
                raise RuntimeError(f"redis-server exited: {error[-2000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(16).startswith(b"+PONG"):
                        return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not answer within 30 s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=30)
        if self.process is not None and self.process.stderr:
            self.process.stderr.close()
        self.process = None
