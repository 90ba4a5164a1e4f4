"""A griffe extension: the client methods' shared arguments (``x_chat._docs.SHARED_ARGS``) in the
API reference, for the methods whose docstrings leave them to the shared text. mkdocs.yml loads it,
and tests/test_api_reference.py reads the package through it."""

from __future__ import annotations

from typing import Any

import griffe

from x_chat._docs import with_shared_args

FACADE = ("x_chat._async.", "x_chat._sync.")


class SharedArgs(griffe.Extension):
    """Add the shared ``Args`` entries to every facade method's docstring as it is loaded."""

    def on_function_instance(self, *, func: griffe.Function, **kwargs: Any) -> None:
        if func.docstring is None or not func.path.startswith(FACADE):
            return
        func.docstring.value = with_shared_args(func.docstring.value, [p.name for p in func.parameters])
