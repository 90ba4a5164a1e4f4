"""Issue 26's figures for `make bench`: three processes of one token against a fake X server that
enforces 20 requests per 2-second window (X's 15 minutes, compressed), reading as fast as pacing lets
them.

- **shared**: the three on one `RedisRateBudget` (a real redis-server, Debian's, from `make redis-setup`);
- **control**: each with a plain per-process `RateBudget`;
- **kill**: shared, with one of the three SIGKILLed mid-window; the survivors' throughput in the
  windows after one window plus the lease (scaled with the window: 2 s).

Throughput is the answered requests in the whole windows of the run, over the allowance of those
windows. ``python benchmarks/shared_budget.py`` runs it alone.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))

LIMIT, WINDOW, LEASE = 20, 2.0, 2.0
SECONDS = 24.0
WORKERS = 3
GROUP = "g1234567890123456789"


def worker(base_url: str, token: str, redis_url: str, deadline: float) -> None:
    """Read until ``deadline`` (epoch seconds); print "ready" once a first request was answered, then
    the epoch time of each answered request."""
    from x_chat import ChatClient, RateBudget, RateLimitError

    budget: Any = RateBudget()
    if redis_url:
        from x_chat.pacing_redis import RedisRateBudget

        budget = RedisRateBudget(redis_url, lease=LEASE, namespace="bench")
    with ChatClient(token=token, base_url=base_url, pacing=budget, max_retries=0) as client:
        client.with_options(max_retries=5).get_conversation_events(GROUP, max_results=1)
        print("ready", flush=True)
        while time.time() < deadline:
            try:
                client.get_conversation_events(GROUP, max_results=1)
                print(time.time(), flush=True)
            except RateLimitError:
                pass  # the control draws these: counted by the server


def _run(redis_url: str, *, kill_at: float | None = None) -> dict[str, Any]:
    from x_chat.testing import FakeXServer, RateLimits

    with FakeXServer(rate_limits=RateLimits(limit=LIMIT, window=WINDOW)) as server:
        server.add_conversation(GROUP, events=5, payload_bytes=64)
        command = [
            sys.executable,
            __file__,
            "--worker",
            server.base_url,
            server.token,
            redis_url,
            str(time.time() + 600),
        ]
        processes = [subprocess.Popen(command, stdout=subprocess.PIPE, text=True) for _ in range(WORKERS)]
        try:
            for process in processes:  # every worker started (imports, first request) before the clock runs
                if process.stdout is None or process.stdout.readline().strip() != "ready":
                    raise RuntimeError("a worker did not start (its error is above)")
        except BaseException:
            for process in processes:
                process.kill()
                process.wait()
            raise
        start = math.ceil(time.time() / WINDOW) * WINDOW + WINDOW  # the next window but one
        deadline = start + SECONDS
        throttled_before = server.rate_limiter.throttled
        killed_at = None
        if kill_at is not None:
            time.sleep(max(0.0, start + kill_at - time.time()))
            processes[0].send_signal(signal.SIGKILL)
            killed_at = time.time()
        time.sleep(max(0.0, deadline - time.time()))
        for process in processes:
            process.terminate()
        answered: list[list[float]] = [
            [float(t) for t in process.communicate(timeout=60)[0].split()] for process in processes
        ]
        throttled = server.rate_limiter.throttled - throttled_before

    def share(times: list[float], since: float) -> float:
        first = math.ceil(since / WINDOW) * WINDOW
        windows = int((deadline - first) // WINDOW)
        counted = [t for t in times if first <= t < first + windows * WINDOW]
        return len(counted) / (windows * LIMIT) if windows else float("nan")

    everyone = sorted(t for times in answered for t in times)
    result: dict[str, Any] = {"throttled": throttled, "throughput": share(everyone, start)}
    if killed_at is not None:
        survivors = sorted(t for times in answered[1:] for t in times)
        result["recovered"] = share(survivors, killed_at + WINDOW + LEASE)
        result["killed_after"] = killed_at - start
    return result


def measure() -> dict[str, Any]:
    from redis_server import RedisServer

    redis = RedisServer().start()
    try:
        return {
            "limit": LIMIT,
            "window": WINDOW,
            "lease": LEASE,
            "seconds": SECONDS,
            "shared": _run(redis.url),
            "control": _run(""),
            "kill": _run(redis.url, kill_at=3 * WINDOW + WINDOW / 2),
        }
    finally:
        redis.stop()


HEADING = "## One budget for several processes (issue 26)"


def lines(figures: dict[str, Any]) -> list[str]:
    """The RESULTS.md section."""
    shared, control, kill = figures["shared"], figures["control"], figures["kill"]
    return [
        "",
        f"{HEADING}: {WORKERS} processes of one token, fake limit {figures['limit']} requests / "
        f"{figures['window']:g} s, enforced, {figures['seconds']:g} s each",
        "",
        "Throughput is the requests answered in the run's whole windows over the allowance of those windows.",
        "",
        f"- one `RedisRateBudget` (a real redis-server): **{shared['throttled']} responses of 429**, combined "
        f"throughput **{shared['throughput']:.2f}x** the allowance (target: 0 and >= 0.95x)",
        f"- control, a `RateBudget` per process: **{control['throttled']} responses of 429** "
        f"(throughput {control['throughput']:.2f}x: each process learns the window from X's headers, and "
        "their requests in flight overshoot it)",
        f"- one of the three SIGKILLed {kill['killed_after']:.1f} s in, on the shared budget (lease "
        f"{figures['lease']:g} s, scaled with the window): the two survivors reach **{kill['recovered']:.2f}x** "
        f"in the windows after one window plus the lease (target >= 0.9x); {kill['throttled']} responses of 429",
    ]


def write_results(section: list[str], results: Path = HERE / "RESULTS.md") -> None:
    """Put ``section`` in RESULTS.md in place of the one there (before the closing line)."""
    text = results.read_text(encoding="utf-8").splitlines()
    if any(line.startswith(HEADING) for line in text):
        begin = next(i for i, line in enumerate(text) if line.startswith(HEADING)) - 1
        end = next(
            (i for i in range(begin + 2, len(text)) if text[i].startswith(("## ", "Whole benchmark"))), len(text)
        )
        text[begin:end] = [*section, ""]
    else:
        at = next((i for i, line in enumerate(text) if line.startswith("Whole benchmark")), len(text))
        text[at:at] = [*section[1:], ""]
    results.write_text("\n".join(text) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worker", nargs=4, metavar=("URL", "TOKEN", "REDIS", "DEADLINE"))
    parser.add_argument("--results", action="store_true", help="write the section into RESULTS.md")
    args = parser.parse_args()
    if args.worker:
        url, token, redis_url, deadline = args.worker
        worker(url, token, redis_url, float(deadline))
        return 0
    figures = measure()
    print(json.dumps(figures, indent=2))
    if args.results:
        write_results(lines(figures))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
