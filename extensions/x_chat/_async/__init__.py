"""The source of both clients: written for asyncio, turned into ``_sync`` by ``extensions/generate_sync.py``."""
