"""Generated from ``_async`` by ``extensions/generate_sync.py`` (``make unasync``); only ``_backend.py`` is written by hand."""
