"""`make bench`: x-chat's speed against raw httpx and the official X SDK, measured in one run.

Prints every figure as a ratio to the floor (raw ``httpx.Client`` + ``json.loads``) measured in the
same run, interleaving the contenders round by round, and writes benchmarks/RESULTS.md. Not a test:
nothing here asserts a time.
"""

from __future__ import annotations

import asyncio
import gc
import importlib.metadata
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import orjson

import x_chat
from x_chat import AsyncChatClient, ChatClient
from x_chat_generated import AuthenticatedClient
from x_chat_generated.api.chats import get_chat_conversation_events

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
TOKEN = "bench-token"
PAGES = 20  # pages per round and contender
ROUNDS = 16  # a multiple of the 8 contenders: each runs in every position of the order equally often
CID = f"g{PAGES}"

try:
    import xdk
except ImportError:  # the plain dev environment; `make bench` installs it in .venv-bench
    xdk = None


@contextmanager
def page_server(delay: float = 0.0) -> Iterator[tuple[str, int]]:
    process = subprocess.Popen(
        [PYTHON, str(HERE / "page_server.py"), "--delay", str(delay)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        port, size = process.stdout.readline().split()
        yield f"http://127.0.0.1:{port}", int(size)
    finally:
        process.terminate()
        process.wait(timeout=10)


# -- contenders: each reads PAGES pages of conversation CID and returns the number of events ------


def raw_httpx(loads: Callable[[bytes], object]) -> Callable[[str], int]:
    client = httpx.Client(headers={"authorization": f"Bearer {TOKEN}"})

    def run(base_url: str) -> int:
        count, token = 0, None
        while True:
            params = {"max_results": 100, **({"pagination_token": token} if token else {})}
            page = loads(client.get(f"{base_url}/2/chat/conversations/{CID}/events", params=params).content)
            count += len(page["data"])  # type: ignore[index]
            token = page["meta"].get("next_token")  # type: ignore[index]
            if not token:
                return count

    return run


def generated_sync_detailed() -> Callable[[str], int]:
    from x_chat_generated.types import UNSET

    clients: dict[str, AuthenticatedClient] = {}

    def run(base_url: str) -> int:
        if base_url not in clients:
            clients[base_url] = AuthenticatedClient(base_url=base_url, token=TOKEN)
        api = clients[base_url]
        count, token = 0, None
        while True:
            page = get_chat_conversation_events.sync_detailed(
                CID, client=api, max_results=100, pagination_token=token or UNSET
            ).parsed
            count += len(page.data)  # type: ignore[union-attr, arg-type]
            token = page.meta.next_token  # type: ignore[union-attr]
            if not isinstance(token, str):
                return count

    return run


def sdk_get_conversation_events() -> Callable[[str], int]:
    clients: dict[str, ChatClient] = {}

    def run(base_url: str) -> int:
        if base_url not in clients:
            clients[base_url] = ChatClient(token=TOKEN, base_url=base_url)
        client = clients[base_url]
        count, token = 0, None
        while True:
            page = client.get_conversation_events(CID, max_results=100, pagination_token=token)
            count += len(page.data)
            token = page.next_token
            if token is None:
                return count

    return run


def sdk_iter_events() -> Callable[[str], int]:
    clients: dict[str, ChatClient] = {}

    def run(base_url: str) -> int:
        if base_url not in clients:
            clients[base_url] = ChatClient(token=TOKEN, base_url=base_url)
        return sum(1 for _ in clients[base_url].iter_conversation_events(CID))

    return run


class _StdlibJson:
    """Stands in for orjson inside x_chat._api (the pipeline client's parse_json), to measure the SDK with the stdlib parser."""

    loads = staticmethod(json.loads)
    JSONDecodeError = ValueError


def sdk_iter_events_stdlib_json() -> Callable[[str], int]:
    import x_chat._api

    iterate = sdk_iter_events()

    def run(base_url: str) -> int:
        fast, x_chat._api.orjson = x_chat._api.orjson, _StdlibJson  # type: ignore[assignment,attr-defined]
        try:
            return iterate(base_url)
        finally:
            x_chat._api.orjson = fast  # type: ignore[attr-defined]

    return run


def sdk_iter_events_async() -> Callable[[str], int]:
    loop = asyncio.new_event_loop()
    clients: dict[str, AsyncChatClient] = {}

    async def consume(base_url: str) -> int:
        if base_url not in clients:
            clients[base_url] = AsyncChatClient(token=TOKEN, base_url=base_url)
        return len([e async for e in clients[base_url].iter_conversation_events(CID)])

    return lambda base_url: loop.run_until_complete(consume(base_url))


def xdk_paginator() -> Callable[[str], int]:
    clients: dict[str, object] = {}

    def run(base_url: str) -> int:
        if base_url not in clients:
            clients[base_url] = xdk.Client(base_url=base_url, access_token=TOKEN)
        count = 0
        for page in clients[base_url].chat.get_conversation_events(CID, max_results=100):  # type: ignore[attr-defined]
            count += len(page.data or [])
        return count

    return run


def per_page_times(base_url: str) -> dict[str, list[float]]:
    contenders: dict[str, Callable[[str], int]] = {
        "raw httpx + json.loads (floor)": raw_httpx(json.loads),
        "raw httpx + orjson": raw_httpx(orjson.loads),
        "generated sync_detailed": generated_sync_detailed(),
        "ChatClient.get_conversation_events": sdk_get_conversation_events(),
        "ChatClient.iter_conversation_events": sdk_iter_events(),
        "  the same with json.loads instead of orjson": sdk_iter_events_stdlib_json(),
        "AsyncChatClient.iter_conversation_events": sdk_iter_events_async(),
    }
    if xdk is not None:
        contenders["xdk 0.10.6 chat events paginator"] = xdk_paginator()
    for run in contenders.values():  # warm-up: connections, imports, caches
        assert run(base_url) == PAGES * 100
    times: dict[str, list[float]] = {name: [] for name in contenders}
    gc.collect()
    order = list(contenders.items())
    for round_ in range(ROUNDS):  # each round starts with the next contender: no one always runs first or last
        shift = round_ % len(order)
        for name, run in order[shift:] + order[:shift]:
            started = time.perf_counter()
            run(base_url)
            times[name].append((time.perf_counter() - started) / PAGES)
    return times


# -- async throughput --------------------------------------------------------------------------


def async_throughput() -> dict[str, float]:
    conversations = [f"g{5}" for _ in range(32)]
    with page_server(delay=0.02) as (base_url, _):
        with ChatClient(token=TOKEN, base_url=base_url) as client:
            started = time.perf_counter()
            sequential = sum(sum(1 for _ in client.iter_conversation_events(cid)) for cid in conversations)
            sync_seconds = time.perf_counter() - started
        before = httpx.get(f"{base_url}/stats").json()["connections"]

        async def main() -> int:
            semaphore = asyncio.Semaphore(8)
            async with AsyncChatClient(token=TOKEN, base_url=base_url) as aclient:

                async def one(cid: str) -> int:
                    async with semaphore:
                        return len([e async for e in aclient.iter_conversation_events(cid)])

                return sum(await asyncio.gather(*(one(cid) for cid in conversations)))

        started = time.perf_counter()
        concurrent = asyncio.run(main())
        async_seconds = time.perf_counter() - started
        connections = httpx.get(f"{base_url}/stats").json()["connections"] - before - 1
    assert sequential == concurrent == 32 * 500
    return {
        "sync_seconds": sync_seconds,
        "async_seconds": async_seconds,
        "speedup": sync_seconds / async_seconds,
        "connections": connections,
        "requests": 32 * 5,
    }


# -- memory and import time (fresh interpreters) -------------------------------------------------

MEMORY_SCRIPT = """
import resource, sys
from x_chat import ChatClient
client = ChatClient(token="t", base_url=sys.argv[1])
events = client.iter_conversation_events("g10000")
for _ in range(1000):  # warm up: connection, caches, first pages
    next(events)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
count = 1000 + sum(1 for _ in events)
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(count, before, after)
"""


def memory_growth() -> dict[str, float]:
    with page_server() as (base_url, _):
        out = subprocess.run([PYTHON, "-c", MEMORY_SCRIPT, base_url], capture_output=True, text=True, check=True)
    count, before, after = (int(x) for x in out.stdout.split())
    return {"events": count, "pages": count // 100, "growth_mib": (after - before) / 1024, "peak_mib": after / 1024}


def _median_seconds(code: str, runs: int = 9) -> float:
    samples = []
    for _ in range(runs):
        out = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, check=True)
        samples.append(float(out.stdout))
    return statistics.median(samples)


def _timed_import(module: str) -> str:
    return f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"


def _whole_process(command: list[str], runs: int = 15) -> float:
    """The median wall time of a fresh process running ``command``, start to exit."""
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def import_times() -> dict[str, float]:
    """Start-up, as a user pays it: whole processes, interleaved so that the machine's drift hits
    every contender alike (issue 23's targets are ratios against ``python -c "import httpx"``)."""
    cli = str(Path(PYTHON).with_name("x-chat"))
    commands = {
        "python -c 'import httpx'": [PYTHON, "-c", "import httpx"],
        "python -c 'import x_chat'": [PYTHON, "-c", "import x_chat"],
        "python -c 'from x_chat import ChatClient'": [PYTHON, "-c", "from x_chat import ChatClient"],
        "x-chat --version": [cli, "--version"],
        "x-chat --help": [cli, "--help"],
    }
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(5):
        for name, command in commands.items():
            samples[name].append(_whole_process(command, runs=3))
    figures = {name: statistics.median(values) for name, values in samples.items()}
    figures["import x_chat (in process)"] = _median_seconds(_timed_import("x_chat"))
    figures["import httpx (in process)"] = _median_seconds(_timed_import("httpx"))
    if xdk is not None:
        figures["import xdk (in process)"] = _median_seconds(_timed_import("xdk"))
    return figures


def start_up_lines(figures: dict[str, float]) -> list[str]:
    httpx_process = figures["python -c 'import httpx'"]
    lines = [f"- {name}: **{seconds * 1000:.0f} ms**" for name, seconds in figures.items()]
    for name, target in (("python -c 'import x_chat'", 1.3), ("x-chat --version", 1.5)):
        ratio = figures[name] / httpx_process
        lines.append(f"- {name} / python -c 'import httpx': **{ratio:.2f}x** (target at most {target}x)")
    ratio = figures["python -c 'from x_chat import ChatClient'"] / httpx_process
    lines.append(
        f"- from x_chat import ChatClient / python -c 'import httpx': {ratio:.2f}x (no target: httpx included)"
    )
    return lines


# -- end-to-end decryption (x-chat[crypto]) ------------------------------------------------------


def decryption() -> dict[str, float] | None:
    """Fetch-only, decrypt-only, and the decrypting iteration (which fetches the next page while it
    decrypts this one) over a real encrypted conversation of 2,000 messages. The fake server runs in
    this process (threads), so the fetch figures include its work."""
    try:
        from x_chat.crypto import ChatKeys
        from x_chat.testing import FakeXServer, RateLimits
        from x_chat.testing.e2e import E2EConversation
    except ImportError:
        return None
    conversation = E2EConversation.create("1001-1002")
    for n in range(2000):
        conversation.message("1001" if n % 2 else "1002", f"message number {n} " + "x" * 80)
    bob = conversation.users["1002"]
    with FakeXServer(
        rate_limits=RateLimits(limit=10**9)
    ) as server:  # raw contenders share the token: no 429 mid-figure
        server.add_encrypted_conversation(conversation)
        with ChatClient(token=server.token, base_url=server.base_url) as client:

            def keys() -> ChatKeys:
                k = ChatKeys.from_exported_keys(bob.exported_keys(), key_version=bob.key_version, user_id="1002")
                for user in conversation.users.values():
                    k.add_public_keys(user.user_id, [user.public_key_object()])
                return k

            samples: dict[str, list[float]] = {"fetch": [], "decrypt": [], "sequential": [], "overlapped": []}
            for _ in range(5):
                started = time.perf_counter()
                pages = list(client.iter_conversation_pages(conversation.conversation_id))
                samples["fetch"].append(time.perf_counter() - started)
                d = keys().decryptor()
                started = time.perf_counter()
                for page in pages:
                    d.decrypt_page(page)
                samples["decrypt"].append(time.perf_counter() - started)
                d = keys().decryptor()
                started = time.perf_counter()
                for page in client.iter_conversation_pages(conversation.conversation_id):
                    d.decrypt_page(page)
                samples["sequential"].append(time.perf_counter() - started)
                k = keys()
                started = time.perf_counter()
                pages_ = client.iter_decrypted_pages(conversation.conversation_id, keys=k)
                count = sum(len(p.messages) for p in pages_)
                samples["overlapped"].append(time.perf_counter() - started)
                assert count == 2001
    figures = {name: statistics.median(values) for name, values in samples.items()}
    figures["pages"] = len(pages)
    figures["events"] = 2001
    return figures


# -- report ------------------------------------------------------------------------------------


def sending(messages: int = 300, rounds: int = 10) -> dict[str, float] | None:
    """Sending a message: ChatClient.send_message against the floor of a raw chatxdk encrypt_message
    plus a raw httpx POST of the same body, on the same in-process fake server, interleaved in rounds.
    The conversation key is known to both (send_message caches it after the first call)."""
    try:
        from x_chat.crypto import ChatKeys
        from x_chat.testing import FakeXServer, RateLimits
    except ImportError:
        return None
    alice_id, bob_id = "1001", "1002"
    samples: dict[str, list[float]] = {"raw": [], "sdk": []}
    with FakeXServer(
        rate_limits=RateLimits(limit=10**9)
    ) as server:  # raw contenders share the token: no 429 mid-figure
        alice, bob = ChatKeys.generate(alice_id), ChatKeys.generate(bob_id)
        token = server.add_user(alice_id)
        server.add_user(bob_id, public_key=bob.public_key())
        with ChatClient(token=token, base_url=server.base_url) as client, httpx.Client() as raw:
            client.register_public_key(alice)
            key = client.conversation_key(f"{alice_id}-{bob_id}", alice)
            url = f"{server.base_url}/2/chat/conversations/{key.conversation_id}/messages"
            headers = {"authorization": f"Bearer {token}"}
            chat = alice._chat

            def send_raw() -> None:
                for n in range(messages):
                    payload = chat.encrypt_message(
                        key.colon_id,
                        f"message {n}",
                        sender_id=alice_id,
                        signing_key_version=alice.key_version,
                        conversation_key=key.key,
                        conversation_key_version=key.version,
                    )
                    body = {
                        "message_id": payload.message_id,
                        "encoded_message_create_event": payload.encrypted_content,
                        "encoded_message_event_signature": payload.encoded_event_signature,
                    }
                    raw.post(url, json=body, headers=headers).raise_for_status()

            def send_sdk() -> None:
                for n in range(messages):
                    client.send_message(key.conversation_id, f"message {n}", keys=alice)

            gc.collect()  # what earlier sections left behind does not land on one contender's rounds
            for round_ in range(rounds):  # interleaved, and each contender goes first in half the rounds
                order = [("raw", send_raw), ("sdk", send_sdk)]
                for name, send in order if round_ % 2 == 0 else order[::-1]:
                    started = time.perf_counter()
                    send()
                    samples[name].append(time.perf_counter() - started)
    raw_s, sdk_s = statistics.median(samples["raw"]), statistics.median(samples["sdk"])
    return {"raw_ms": raw_s * 1000 / messages, "sdk_ms": sdk_s * 1000 / messages, "ratio": sdk_s / raw_s}


def rate_budget_lines() -> list[str]:
    """Issue 12's figures: pacing against an enforced limit, and an export SIGKILLed 5 times."""
    from rate_budget import measure

    figures = measure()
    limit, window = figures["limit"], figures["window"]
    lines = [
        "",
        f"## Rate limits (fake limit {limit} requests / {window:g} s per endpoint, enforced; "
        f"{figures['conversations']} conversations, {figures['pages']} pages of 100 events)",
        "",
        f"The theoretical maximum is {limit / window:g} requests/s on the events endpoint. Each contender "
        "has its own fake server, in the benchmark's process, and runs in a process of its own; the three "
        "run side by side (bound by the limit, not by CPU).",
        "",
    ]
    for name, label in (
        ("sync", "`export_conversations` with a `ChatClient` (pacing on by default)"),
        ("async", "`AsyncChatClient`, every conversation read at concurrency 8 over one budget"),
    ):
        result = figures[name]
        if "error" in result:
            lines.append(f"- {label}: failed: {result['error']}")
            continue
        complete = "all" if result["events"] == result["expected_events"] else "NOT all"
        lines.append(
            f"- {label}: {result['requests']} requests in {result['seconds']:.1f} s = {result['throughput']:.2f}/s: "
            f"**{result['ratio']:.3f}x** the maximum (target at least 0.95x), **{result['throttled']} responses "
            f"of 429** (target 0); {complete} {result['expected_events']:,} events read"
        )
    crash = figures["crash"]
    if "error" in crash:
        lines.append(f"- crash and resume: failed: {crash['error']}")
    else:
        lines += [
            f"- crash and resume: `x-chat export` SIGKILLed {crash['killed']} times (at {crash['moments']} s), "
            f"rerun after each kill and once more to the end ({crash['seconds']:.0f} s in all): events lost "
            f"**{crash['lost']}**, duplicated **{crash['duplicated']}**, conversations out of order "
            f"{crash['out_of_order']}, of {crash['events']:,};",
            f"  requests repeated because of the kills: **{crash['repeated']}** event pages fetched twice "
            f"({crash['event_requests']} requests for {crash['pages']} pages), {crash['list_requests']} "
            f"conversation-list requests (one per run), and **{crash['throttled']} responses of 429** (a "
            "restarted `x-chat export` reads the windows its predecessor spent from `<out>/.rate-budget.json`; "
            "before issue 26 it knew nothing of them and drew 3 here).",
        ]
    return lines


def main() -> int:
    started = time.perf_counter()
    with page_server() as (base_url, page_bytes):
        times = per_page_times(base_url)
    floor = statistics.median(times["raw httpx + json.loads (floor)"])
    lines = [
        "# Benchmark results",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; x-chat {x_chat.__version__}, httpx {httpx.__version__}, "
        f"orjson {orjson.__version__}" + (f", xdk {importlib.metadata.version('xdk')}" if xdk else "") + ".",
        f"Pages of 100 events ({page_bytes / 1000:.0f} KB, all fields) from a separate server process on 127.0.0.1; "
        f"{ROUNDS} rounds of {PAGES} pages per contender, interleaved, the order rotating each round.",
        "",
        "## Per page (median and min over rounds; ratio = median / floor's median)",
        "",
        "| contender | median ms/page | min ms/page | ratio to floor |",
        "| --- | ---: | ---: | ---: |",
    ]
    for name, samples in times.items():
        median = statistics.median(samples)
        lines.append(f"| {name} | {median * 1000:.3f} | {min(samples) * 1000:.3f} | {median / floor:.2f}x |")
    iter_ratio = statistics.median(times["ChatClient.iter_conversation_events"]) / floor
    orjson_ratio = statistics.median(times["ChatClient.iter_conversation_events"]) / statistics.median(
        times["raw httpx + orjson"]
    )
    lines += [
        "",
        f"Target 1, `iter_conversation_events` (sync) at most 1.00x the floor: **{iter_ratio:.2f}x**.",
        f"Through the one pipeline, at most 1.00x raw httpx + **orjson** (the same parser x-chat uses): "
        f"**{orjson_ratio:.2f}x**.",
    ]
    if xdk is not None:
        versus = statistics.median(times["xdk 0.10.6 chat events paginator"]) / statistics.median(
            times["ChatClient.iter_conversation_events"]
        )
        lines.append(f"Target 2, at least 1.45x faster than xdk's paginator: **{versus:.2f}x faster**.")
    else:
        lines.append("Target 2: xdk is not installed in this environment (`make bench` installs it).")

    throughput = async_throughput()
    lines += [
        "",
        "## Async throughput (target 3)",
        "",
        f"32 conversations of 5 pages, server adding 20 ms per request: sync one after another "
        f"{throughput['sync_seconds']:.2f} s; async with concurrency 8 {throughput['async_seconds']:.2f} s: "
        f"**{throughput['speedup']:.1f}x** the throughput, over {throughput['connections']:.0f} connections "
        f"for {throughput['requests']:.0f} requests.",
    ]
    memory = memory_growth()
    lines += [
        "",
        "## Memory (target 4)",
        "",
        f"Iterating {memory['pages']:.0f} pages ({memory['events']:.0f} events) without keeping them: peak RSS grew "
        f"by **{memory['growth_mib']:.1f} MiB** after the first 10 pages (peak {memory['peak_mib']:.0f} MiB).",
    ]
    crypto = decryption()
    lines += ["", "## End-to-end decryption (x-chat[crypto])", ""]
    if crypto is None:
        lines.append("chatxdk is not installed in this environment (`make bench` installs it).")
    else:
        pages, events = crypto["pages"], crypto["events"]
        for name, label in (
            ("fetch", "fetch only (iter_conversation_pages)"),
            ("decrypt", "decrypt only (decrypt_page on fetched pages)"),
            ("sequential", "fetch then decrypt, one after the other"),
            ("overlapped", "client.iter_decrypted_pages (decrypts while the next page is fetched)"),
        ):
            seconds = crypto[name]
            lines.append(f"- {label}: {seconds * 1000 / pages:.1f} ms/page, {events / seconds:,.0f} events/s")
        lines.append(
            f"- overlap: the decrypting iteration takes {crypto['overlapped'] / crypto['sequential']:.2f}x the time "
            f"of fetching then decrypting ({pages:.0f} pages of 100, one batched decrypt_events call per page)"
        )
    sent = sending()
    lines += ["", "## Sending an encrypted message (x-chat[crypto])", ""]
    if sent is None:
        lines.append("chatxdk is not installed in this environment (`make bench` installs it).")
    else:
        lines.append(
            f"raw chatxdk encrypt_message + httpx POST: {sent['raw_ms']:.2f} ms/message; ChatClient.send_message: "
            f"{sent['sdk_ms']:.2f} ms/message: **{sent['ratio']:.2f}x** the floor (target at most 1.10x)."
        )
    lines += ["", "## Media (x-chat[crypto]; fake X server in its own process)", ""]
    if crypto is None:
        lines.append("chatxdk is not installed in this environment (`make bench` installs it).")
    else:
        from media_transfer import download_rss, throughput

        media = throughput()
        rss = download_rss()
        for direction, verb in (("up", "upload_media"), ("down", "download_media")):
            sdk, floor_, plain = media[f"sdk_{direction}"], media[f"floor_{direction}"], media[f"plain_{direction}"]
            lines.append(
                f"- {verb}, {media['megabytes']:.0f} MB: {sdk:.0f} MB/s; raw httpx + chatxdk's stream cipher "
                f"{floor_:.0f} MB/s: **{sdk / floor_:.2f}x** (target at least 0.80x); raw httpx without a cipher "
                f"{plain:.0f} MB/s ({sdk / plain:.2f}x)"
            )
        lines.append(
            f"- chatxdk's stream cipher alone: {media['cipher_only']:.0f} MB/s on one core (it holds the GIL, so "
            "it cannot overlap with the transfer): the ceiling of any encrypted transfer in Python."
        )
        lines.append(
            f"- downloading {rss['megabytes']:.0f} MB: RSS {rss['start_mib']:.1f} MiB after the first 10 MB, peak "
            f"{rss['peak_mib']:.1f} MiB: **{rss['growth_mib']:+.1f} MiB** (flat: the file is never held whole)"
        )
    imports = import_times()
    lines += ["", "## Start-up (targets 5 and issue 23; medians of 15 whole processes, interleaved)", ""]
    lines += start_up_lines(imports)
    lines += rate_budget_lines()
    import shared_budget

    lines += shared_budget.lines(shared_budget.measure())
    import realtime

    lines += realtime.lines(realtime.measure())
    lines += ["", f"Whole benchmark: {time.perf_counter() - started:.0f} s."]
    report = "\n".join(lines) + "\n"
    print(report)
    (HERE / "RESULTS.md").write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
