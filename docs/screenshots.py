"""`make screenshots`: look at the built site in a real browser (headless Chromium) and save
screenshots of the home page, a guide and an API reference page into site-screenshots/.

Serves site/ on a free 127.0.0.1 port for the duration. Chromium comes from the system (Debian:
``apt-get install chromium``); this says so and exits 2 when it is missing.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE, OUT = ROOT / "site", ROOT / "site-screenshots"
PAGES = {"home": "", "guide-sending": "guides/sending/", "reference-client": "reference/client/"}


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def main() -> int:
    browser = next((found for name in ("chromium", "chromium-browser") if (found := shutil.which(name))), None)
    if browser is None:
        print("screenshots: no chromium on PATH (Debian: apt-get install chromium)", file=sys.stderr)
        return 2
    if not (SITE / "index.html").exists():
        print("screenshots: no site/ yet: run make docs", file=sys.stderr)
        return 2
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(SITE)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    OUT.mkdir(exist_ok=True)
    profile = tempfile.TemporaryDirectory(prefix="x-chat-chromium-")
    try:
        for name, path in PAGES.items():
            target = OUT / f"{name}.png"
            subprocess.run(
                [
                    browser,
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    # a closed network: no background requests, updates or sync to wait for
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-quic",
                    "--no-first-run",
                    f"--user-data-dir={profile.name}",
                    "--hide-scrollbars",
                    "--window-size=1280,2000",
                    f"--screenshot={target}",
                    f"http://127.0.0.1:{server.server_address[1]}/{path}",
                ],
                check=True,
                capture_output=True,
                timeout=120,
            )
            print(f"screenshots: {target.relative_to(ROOT)}")
    finally:
        server.shutdown()
        profile.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
