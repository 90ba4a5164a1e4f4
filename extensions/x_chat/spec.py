"""The OpenAPI spec this SDK was generated from, shipped inside the package for other tooling.

```py
import json

import x_chat

print(json.loads(x_chat.spec_bytes())["info"]["version"])
#> 2.167
```
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

__all__ = ["SPEC_RESOURCE", "spec_bytes", "spec_path"]

SPEC_RESOURCE = "openapi.json"
"""The spec's name inside the ``x_chat`` package (the wheel puts ``spec/x-chat-openapi.json`` there)."""

_SOURCE_CHECKOUT = Path(__file__).resolve().parents[2] / "spec" / "x-chat-openapi.json"


def spec_path() -> Path:
    """The path of the shipped spec (``x_chat/openapi.json`` in an installed wheel; the repository's
    ``spec/x-chat-openapi.json`` in a source checkout)."""
    resource = files("x_chat").joinpath(SPEC_RESOURCE)
    if resource.is_file():
        return Path(str(resource))
    if _SOURCE_CHECKOUT.is_file():
        return _SOURCE_CHECKOUT
    raise FileNotFoundError(f"the x-chat OpenAPI spec is missing from this installation ({resource})")


def spec_bytes() -> bytes:
    """The shipped spec, as the JSON bytes X-chat was generated from."""
    return spec_path().read_bytes()
