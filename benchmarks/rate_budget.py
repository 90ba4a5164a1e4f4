"""Rate-limit figures for `make bench`: how much of X's allowance pacing spends, and what SIGKILLs
cost an export.

The workload is issue 12's: 200 conversations of 3 to 30 pages of 100 events (seeded, so every run
reads the same), on a fake X server that enforces 20 requests per 2-second window per token and
endpoint. The theoretical maximum is therefore 10 requests per second on the events endpoint, and
each contender needs about 6 minutes. The three contenders run at once, each against its own fake
server (its own limits), each in its own process:

- **sync**: ``export_conversations`` with a ``ChatClient`` (pacing on, the default);
- **async**: an ``AsyncChatClient`` reading every conversation, 8 at a time, over one budget;
- **crash**: ``x-chat export`` SIGKILLed at 5 random moments and run again each time, then once
  more to the end; the files are compared with what the server holds.

``python benchmarks/rate_budget.py`` runs it alone; ``--conversations N`` makes a shorter run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

LIMIT, WINDOW = 20, 2.0
CONVERSATIONS = 200
PAGE = 100
CONCURRENCY = 8
KILLS = 5
SEED = 20261125
EVENTS = "GET /2/chat/conversations/{id}/events"


def plan(conversations: int, seed: int = SEED) -> dict[str, int]:
    """Conversation ID -> number of events: 3 to 30 full-or-partial pages each."""
    rng = random.Random(seed)
    return {f"g{n:05d}": (rng.randint(3, 30) - 1) * PAGE + rng.randint(1, PAGE) for n in range(conversations)}


def pages_of(events: int) -> int:
    return -(-events // PAGE)


def server(sizes: dict[str, int]) -> Any:
    from x_chat.testing import FakeXServer, RateLimits

    fake = FakeXServer(rate_limits=RateLimits(limit=LIMIT, window=WINDOW))
    for cid, events in sizes.items():
        fake.add_conversation(cid, events=events, payload_bytes=64)
    return fake.start()


def _event_requests(fake: Any) -> int:
    return sum(1 for r in fake.requests if r.path.endswith("/events"))


# -- contenders (each runs in a process of its own: `rate_budget.py --contender NAME URL TOKEN`) --------
def run_sync(base_url: str, token: str) -> dict[str, float]:
    from x_chat import ChatClient
    from x_chat.export import export_conversations

    with tempfile.TemporaryDirectory() as out, ChatClient(token=token, base_url=base_url) as client:
        started = time.perf_counter()
        summary = export_conversations(client, out)
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "events": summary.events, "errors": len(summary.errors)}


def run_async(base_url: str, token: str) -> dict[str, float]:
    from x_chat import AsyncChatClient

    async def main() -> dict[str, float]:
        async with AsyncChatClient(token=token, base_url=base_url) as client:
            started = time.perf_counter()
            queue: asyncio.Queue[str] = asyncio.Queue()
            async for conversation in client.iter_conversations():
                queue.put_nowait(str(conversation.id))
            counted = 0

            async def worker() -> None:
                nonlocal counted
                while not queue.empty():
                    cid = queue.get_nowait()
                    async for _ in client.iter_conversation_events(cid, page_size=PAGE):
                        counted += 1

            await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
            return {"seconds": time.perf_counter() - started, "events": counted, "errors": 0}

    return asyncio.run(main())


def _contender(name: str, sizes: dict[str, int]) -> dict[str, float]:
    fake = server(sizes)
    try:
        command = [sys.executable, __file__, "--contender", name, fake.base_url, fake.token]
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        result: dict[str, float] = json.loads(done.stdout)
        requests = _event_requests(fake)
        result |= {
            "requests": requests,
            "throughput": requests / result["seconds"],
            "ratio": requests / result["seconds"] / (LIMIT / WINDOW),
            "throttled": fake.rate_limiter.throttled,
            "expected_events": sum(sizes.values()),
        }
        return result
    finally:
        fake.stop()


def crash_and_resume(sizes: dict[str, int], kills: int = KILLS, seed: int = SEED) -> dict[str, Any]:
    """SIGKILL `x-chat export` at ``kills`` random moments, rerun it each time, then to the end."""
    fake = server(sizes)
    rng = random.Random(seed)
    # The kills land anywhere in the first ~80 % of a clean run (about 1 s per 10 pages).
    span = 0.8 * sum(pages_of(n) for n in sizes.values()) / (LIMIT / WINDOW)
    moments = sorted(rng.uniform(1.0, span) for _ in range(kills))
    with tempfile.TemporaryDirectory() as directory:
        out = Path(directory)
        command = [sys.executable, "-m", "x_chat", "export", "--out", str(out), "--no-progress"]
        command += ["--base-url", fake.base_url, "--token", fake.token]
        try:
            started = time.perf_counter()
            killed = 0
            for moment in moments:
                process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                time.sleep(max(0.0, moment - (time.perf_counter() - started)))
                if process.poll() is None:
                    os.kill(process.pid, signal.SIGKILL)
                    killed += 1
                process.wait()
            final = subprocess.run(command, capture_output=True, text=True, check=True)
            seconds = time.perf_counter() - started
            lost = duplicated = out_of_order = 0
            for cid in sizes:
                expected = [str(e["id"]) for e in fake.conversations[cid].events[::-1]]
                path = out / f"{cid}.jsonl"
                got = [json.loads(line)["id"] for line in path.read_text().splitlines()] if path.exists() else []
                lost += len(set(expected) - set(got))
                duplicated += len(got) - len(set(got))
                out_of_order += got != expected
            pages = sum(pages_of(n) for n in sizes.values())
            lists = sum(1 for r in fake.requests if r.path.endswith("/chat/conversations"))
            return {
                "killed": killed,
                "moments": [round(m, 1) for m in moments],
                "seconds": seconds,
                "events": sum(sizes.values()),
                "lost": lost,
                "duplicated": duplicated,
                "out_of_order": out_of_order,
                "pages": pages,
                "event_requests": _event_requests(fake),
                "repeated": _event_requests(fake) - pages,
                "list_requests": lists,
                "throttled": fake.rate_limiter.throttled,
                "summary": final.stderr.strip().splitlines()[-1] if final.stderr.strip() else "",
            }
        finally:
            fake.stop()


def measure(conversations: int = CONVERSATIONS, log: Callable[[str], None] = print) -> dict[str, Any]:
    """All three contenders at once (each bound by its own server's limit, not by CPU)."""
    sizes = plan(conversations)
    pages = sum(pages_of(n) for n in sizes.values())
    log(
        f"  rate budget: {conversations} conversations, {pages} pages, {LIMIT} requests / {WINDOW:g} s: "
        f"about {pages / (LIMIT / WINDOW) / 60:.1f} min per contender, run side by side ..."
    )
    results: dict[str, Any] = {"conversations": conversations, "pages": pages, "limit": LIMIT, "window": WINDOW}
    jobs: dict[str, Callable[[], Any]] = {
        "sync": lambda: _contender("sync", sizes),
        "async": lambda: _contender("async", sizes),
        "crash": lambda: crash_and_resume(sizes),
    }

    def run(name: str, job: Callable[[], Any]) -> None:
        try:
            results[name] = job()
        except Exception as error:  # reported, not hidden: a failed contender has no figure
            results[name] = {"error": f"{type(error).__name__}: {error}"}

    threads = [threading.Thread(target=run, args=item) for item in jobs.items()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contender", nargs=3, metavar=("NAME", "URL", "TOKEN"))
    parser.add_argument("--conversations", type=int, default=CONVERSATIONS)
    args = parser.parse_args()
    if args.contender:
        name, url, token = args.contender
        print(json.dumps((run_sync if name == "sync" else run_async)(url, token)))
        return 0
    print(json.dumps(measure(args.conversations), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
