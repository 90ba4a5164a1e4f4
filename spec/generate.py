"""Run the pinned openapi-python-client, and fail when a ``class_overrides`` entry matched nothing.

Usage: the generator's own ``generate`` arguments (see the Makefile)::

    python spec/generate.py --path spec/x-chat-openapi.json --config generator-config.yaml ...

An override whose generated name no longer exists (upstream renamed an operation, a parameter or a
schema) is silently ignored by the generator, and a readable public name quietly becomes a
path-derived one. This wrapper records which overrides the generator looked up and found, and
exits non-zero naming the ones it never did.
"""

from __future__ import annotations

import sys
from typing import Any

from openapi_python_client import cli
from openapi_python_client.config import Config


class _RecordingOverrides(dict[str, Any]):
    """``class_overrides`` that remembers which keys the generator found."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.used: set[str] = set()

    def get(self, key: Any, default: Any = None) -> Any:
        if key in self:
            self.used.add(str(key))
        return super().get(key, default)


def main() -> int:
    recorded: list[_RecordingOverrides] = []
    original = Config.from_sources

    def from_sources(*args: Any, **kwargs: Any) -> Config:
        config = original(*args, **kwargs)
        config.class_overrides = _RecordingOverrides(config.class_overrides)
        recorded.append(config.class_overrides)
        return config

    Config.from_sources = staticmethod(from_sources)  # type: ignore[method-assign]
    sys.argv = ["openapi-python-client", "generate", *sys.argv[1:]]
    try:
        cli.app()
    except SystemExit as exc:
        if exc.code not in (0, None):
            return int(exc.code) if isinstance(exc.code, int) else 1
    unused = sorted(name for overrides in recorded for name in overrides if name not in overrides.used)
    if unused:
        print(
            "generate: these generator-config.yaml class_overrides match no generated class "
            f"(upstream renamed what they named): {', '.join(unused)}. Update or remove them.",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
