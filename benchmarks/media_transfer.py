"""Media figures for `make bench`: encrypted upload and download through x-chat against raw httpx
moving the same number of bytes over the same endpoints, and the RSS of a 200 MB download.

The fake X server runs in its own process (``python benchmarks/media_transfer.py --serve``) so that
serving does not compete with the measured client for the GIL; it prints its port on stdout.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from typing import Any

import httpx

ALICE, BOB = "1001", "1002"
TOKENS = {ALICE: "alice-token", BOB: "bob-token"}
MIB = 1024 * 1024


def serve() -> None:
    from x_chat.testing import FakeXServer, RateLimits

    server = FakeXServer(rate_limits=RateLimits(limit=10**9))  # the raw contender shares the token
    for user, token in TOKENS.items():
        server.add_user(user, token=token)
    with server:
        print(server.port, flush=True)
        sys.stdin.read()  # until the benchmark closes our stdin


@contextmanager
def media_server() -> Iterator[str]:
    process = subprocess.Popen(
        [sys.executable, __file__, "--serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        yield f"http://127.0.0.1:{process.stdout.readline().strip()}"
    finally:
        assert process.stdin is not None
        process.stdin.close()
        process.wait(timeout=30)


class Sink(io.RawIOBase):
    """Counts what is written and keeps none of it (both contenders write here)."""

    def __init__(self) -> None:
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.size += len(data)
        return len(data)


def _encrypted(encryptor: Any, data: bytes, step: int) -> Iterator[bytes]:
    """Segments of ``step`` bytes of chatxdk's stream cipher over ``data`` (pushed 32 KiB at a time)."""
    pending = bytearray()
    for offset in range(0, len(data), 32 * 1024):
        pending += encryptor.push(data[offset : offset + 32 * 1024])
        while len(pending) >= step:
            yield bytes(pending[:step])
            del pending[:step]
    pending += encryptor.finish()
    while pending:
        yield bytes(pending[:step])
        del pending[:step]


def _raw_upload(http: httpx.Client, base_url: str, conversation_id: str, segments: Iterator[bytes], total: int) -> str:
    """initialize, appends, finalize with raw httpx: what upload_media sends."""
    auth = {"authorization": f"Bearer {TOKENS[ALICE]}"}
    started = http.post(
        f"{base_url}/2/chat/media/upload/initialize",
        json={"conversation_id": conversation_id, "total_bytes": total},
        headers=auth,
    )
    data = started.raise_for_status().json()["data"]
    session, key = data["session_id"], data["media_hash_key"]
    index = 0
    for segment in segments:
        http.post(
            f"{base_url}/2/chat/media/upload/{session}/append",
            data={"conversation_id": conversation_id, "media_hash_key": key, "segment_index": str(index)},
            files={"media": ("media", segment)},
            headers=auth,
        ).raise_for_status()
        index += 1
    http.post(
        f"{base_url}/2/chat/media/upload/{session}/finalize",
        json={"conversation_id": conversation_id, "media_hash_key": key, "num_parts": str(index)},
        headers=auth,
    ).raise_for_status()
    return str(key)


def _raw_download(http: httpx.Client, base_url: str, conversation_id: str, key: str, decryptor: Any = None) -> int:
    """A streamed GET with raw httpx, through chatxdk's stream decryptor if one is given."""
    sink = Sink()
    url = f"{base_url}/2/chat/media/{conversation_id}/{key}"
    with http.stream("GET", url, headers={"authorization": f"Bearer {TOKENS[BOB]}"}) as response:
        for chunk in response.raise_for_status().iter_bytes(32 * 1024):
            sink.write(decryptor.push(chunk) if decryptor is not None else chunk)
    if decryptor is not None:
        sink.write(decryptor.finish())
    return sink.size


def throughput(megabytes: int = 64, rounds: int = 5) -> dict[str, float]:
    """MB/s, medians over interleaved rounds, of three contenders per direction: x-chat (encrypting
    while it uploads, decrypting while it downloads); the floor, raw httpx with chatxdk's stream
    cipher called directly; and raw httpx moving the same bytes without any cipher."""
    from x_chat import ChatClient
    from x_chat.crypto import ChatKeys
    from x_chat.media import segment_size

    data = os.urandom(megabytes * MIB)
    samples: dict[str, list[float]] = {
        name: [] for name in ("sdk_up", "floor_up", "plain_up", "sdk_down", "floor_down", "plain_down", "cipher_only")
    }
    with media_server() as base_url:
        alice, bob = ChatKeys.generate(ALICE), ChatKeys.generate(BOB)
        with (
            ChatClient(token=TOKENS[ALICE], base_url=base_url) as sender,
            ChatClient(token=TOKENS[BOB], base_url=base_url) as reader,
            httpx.Client(timeout=60) as http,
        ):
            sender.register_public_key(alice)
            reader.register_public_key(bob)
            key = sender.conversation_key(BOB, alice)
            cid = key.conversation_id
            encrypted = alice.encrypted_size(len(data))
            step = segment_size(encrypted)
            ciphertext = b"".join(_encrypted(alice._chat.stream_encryptor(key.key), data, step))
            plain_segments = [ciphertext[i : i + step] for i in range(0, encrypted, step)]

            def timed(name: str, work: Any) -> Any:
                started = time.perf_counter()
                result = work()
                samples[name].append(time.perf_counter() - started)
                return result

            for _ in range(rounds):
                uploaded = timed("sdk_up", lambda: sender.upload_media(cid, io.BytesIO(data), keys=alice))
                timed(
                    "floor_up",
                    lambda: _raw_upload(
                        http, base_url, cid, _encrypted(alice._chat.stream_encryptor(key.key), data, step), encrypted
                    ),
                )
                timed("plain_up", lambda: _raw_upload(http, base_url, cid, iter(plain_segments), encrypted))
                timed(
                    "cipher_only", lambda: sum(map(len, _encrypted(alice._chat.stream_encryptor(key.key), data, step)))
                )
                hash_key, sink = uploaded.media_hash_key, Sink()
                timed("sdk_down", partial(reader.download_media, cid, hash_key, sink, keys=bob))
                assert sink.size == len(data)
                decryptor = bob._chat.stream_decryptor(key.key)
                assert timed("floor_down", partial(_raw_download, http, base_url, cid, hash_key, decryptor)) == len(
                    data
                )
                assert timed("plain_down", partial(_raw_download, http, base_url, cid, hash_key)) == encrypted
    figures = {name: megabytes / statistics.median(values) for name, values in samples.items()}
    figures["megabytes"] = megabytes
    return figures


def _rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def download_rss(megabytes: int = 200) -> dict[str, float]:
    """Upload ``megabytes`` of media, then download it in a fresh interpreter and sample its RSS."""
    from x_chat import ChatClient
    from x_chat.crypto import ChatKeys

    with media_server() as base_url:
        alice, bob = ChatKeys.generate(ALICE), ChatKeys.generate(BOB)
        with ChatClient(token=TOKENS[ALICE], base_url=base_url) as sender:
            sender.register_public_key(alice)
            with ChatClient(token=TOKENS[BOB], base_url=base_url) as reader:
                reader.register_public_key(bob)
            cid = sender.conversation_key(BOB, alice).conversation_id
            chunk = os.urandom(MIB)

            class Source(io.RawIOBase):  # 200 MB that is never in memory at once
                def __init__(self) -> None:
                    self.left = megabytes * MIB

                def readable(self) -> bool:
                    return True

                def seekable(self) -> bool:
                    return True

                def tell(self) -> int:
                    return 0

                def seek(self, offset: int, whence: int = 0) -> int:
                    return self.left if whence == os.SEEK_END else 0

                def read(self, size: int = -1) -> bytes:
                    size = self.left if size < 0 else min(size, self.left)
                    self.left -= size
                    return (chunk * (size // MIB + 1))[:size]

            uploaded = sender.upload_media(cid, Source(), keys=alice)
        bob_keys = bob.export().hex()
        probe = subprocess.run(
            [sys.executable, __file__, "--download", base_url, cid, uploaded.media_hash_key, bob_keys, bob.key_version],
            capture_output=True,
            text=True,
            check=True,
        )
    start, peak, size = (float(x) for x in probe.stdout.split())
    return {"megabytes": size / MIB, "start_mib": start, "peak_mib": peak, "growth_mib": peak - start}


def _download_probe(base_url: str, cid: str, key: str, keys_hex: str, key_version: str) -> None:
    from x_chat import ChatClient
    from x_chat.crypto import ChatKeys

    bob = ChatKeys.from_exported_keys(bytes.fromhex(keys_hex), key_version=key_version, user_id=BOB)
    samples: list[float] = []

    def progress(done: int, total: int) -> None:
        if done >= 10 * MIB:  # after warm-up: buffers, the connection, chatxdk's state
            samples.append(_rss_mib())

    with ChatClient(token=TOKENS[BOB], base_url=base_url) as reader:
        sink = Sink()
        reader.download_media(cid, key, sink, keys=bob, progress=progress)
    print(samples[0], max(samples), sink.size)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--serve", action="store_true")
    parser.add_argument("--download", nargs=5)
    args = parser.parse_args()
    if args.serve:
        serve()
    elif args.download:
        _download_probe(*args.download)
