"""The package version (also in pyproject.toml; tests/test_client_options.py keeps them equal)."""

__version__ = "0.3.0"
