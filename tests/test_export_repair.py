"""The export's files are the truth: a deleted, shortened, lengthened or altered file, or a damaged
checkpoint, is found and repaired on the next run, never padded; one export per folder; a bad
listed ID stays one conversation's error; decrypted files are private, complete when keys come
later, made from disk without fetching again."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from x_chat import ChatClient
from x_chat.export import (
    CHECKPOINT,
    ExportCheckpointError,
    ExportInProgressError,
    export_conversations,
)
from x_chat.testing import FakeConversation, FakeXServer, RateLimits

SIZES = {"g1": 330, "g2": 120, "1001-1002": 250}
EVENTS = "/events"


@pytest.fixture
def server() -> Iterator[FakeXServer]:
    with FakeXServer() as fake:
        for cid, events in SIZES.items():
            fake.add_conversation(cid, events=events)
        yield fake


def _expected(server: FakeXServer, cid: str) -> list[str]:
    return [str(event["id"]) for event in server.conversations[cid].events[::-1]]


def _exported(out: Path, cid: str) -> list[str]:
    data = (out / f"{cid}.jsonl").read_bytes()
    assert b"\0" not in data and (data == b"" or data.endswith(b"\n"))
    return [json.loads(line)["id"] for line in data.splitlines()]


def _export(server: FakeXServer, out: Path, *ids: str) -> object:
    with ChatClient(token=server.token, base_url=server.base_url) as client:
        return export_conversations(client, out, list(ids) or None)


def _event_requests(server: FakeXServer) -> int:
    return sum(1 for r in server.requests if r.path.endswith(EVENTS))


@pytest.mark.parametrize("damage", ["deleted", "shortened", "lengthened", "last line changed"])
def test_a_damaged_file_is_found_and_made_whole_again(server: FakeXServer, tmp_path: Path, damage: str) -> None:
    _export(server, tmp_path)
    path = tmp_path / "g1.jsonl"
    original = path.read_bytes()
    if damage == "deleted":
        path.unlink()
    elif damage == "shortened":
        path.write_bytes(original[: len(original) // 3])
    elif damage == "lengthened":
        path.write_bytes(original + b'{"id":"not from X"}\n')
    else:
        lines = original.splitlines(keepends=True)
        path.write_bytes(b"".join(lines[:-1]) + lines[-1].replace(b'"id":"', b'"id":"9'))
    summary = _export(server, tmp_path)
    for cid in SIZES:
        assert _exported(tmp_path, cid) == _expected(server, cid)
    assert path.read_bytes() == original
    repaired = summary.repaired  # type: ignore[attr-defined]
    if damage == "lengthened":  # the checkpoint's line is in place: what follows it is cut off
        assert repaired == {}
    else:
        assert list(repaired) == ["g1"] and "exported again" in repaired["g1"]
        assert (tmp_path / "g1.jsonl.replaced").exists() == (damage != "deleted")
    assert summary.errors == {}  # type: ignore[attr-defined]


def test_a_checkpoint_larger_than_the_file_never_pads_it(server: FakeXServer, tmp_path: Path) -> None:
    _export(server, tmp_path, "g2")
    checkpoint = tmp_path / CHECKPOINT
    saved = json.loads(checkpoint.read_text())
    saved["conversations"]["g2"].update(bytes=93 * 10**9, done=False, next_token="x")
    checkpoint.write_text(json.dumps(saved))
    _export(server, tmp_path, "g2")
    assert (tmp_path / "g2.jsonl").stat().st_size < 10**6
    assert _exported(tmp_path, "g2") == _expected(server, "g2")


@pytest.mark.parametrize(
    "content",
    [
        b'{"version": 2, "conversations": {"g1": {"bytes"',
        b"not json",
        b"[1, 2]",
        b'{"conversations": {"g1": {"bytes": -5}}}',
    ],
    ids=["cut short", "not json", "wrong shape", "negative"],
)
def test_a_damaged_checkpoint_is_rebuilt_from_the_files(server: FakeXServer, tmp_path: Path, content: bytes) -> None:
    _export(server, tmp_path)
    (tmp_path / CHECKPOINT).write_bytes(content)
    summary = _export(server, tmp_path)
    assert CHECKPOINT in summary.repaired and (tmp_path / f"{CHECKPOINT}.damaged").read_bytes() == content  # type: ignore[attr-defined]
    for cid in SIZES:
        assert _exported(tmp_path, cid) == _expected(server, cid)
    before = _event_requests(server)
    assert _export(server, tmp_path).unchanged == len(SIZES)  # type: ignore[attr-defined]
    assert _event_requests(server) == before  # rebuilt: a rerun fetches nothing


def test_a_checkpoint_that_cannot_be_read_is_one_clear_error(server: FakeXServer, tmp_path: Path) -> None:
    (tmp_path / CHECKPOINT).mkdir()
    with pytest.raises(ExportCheckpointError, match=CHECKPOINT):
        _export(server, tmp_path)
    done = _cli(server, tmp_path)
    _, stderr = done.communicate(timeout=60)
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert done.returncode == 2 and len(lines) == 1 and "mv " in lines[0] and "Traceback" not in stderr


def _cli(server: FakeXServer, out: Path, *extra: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "x_chat", "export", "--out", str(out), "--no-progress", *extra]
    command += ["--base-url", server.base_url, "--token", server.token]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_one_export_per_folder_and_a_killed_one_blocks_nothing(tmp_path: Path) -> None:
    with FakeXServer(rate_limits=RateLimits(limit=2, window=1.0)) as slow:
        for cid, events in SIZES.items():
            slow.add_conversation(cid, events=events)
        first = _cli(slow, tmp_path)
        try:
            deadline = time.monotonic() + 60
            while not any(r.path.endswith(EVENTS) for r in slow.requests):  # it holds the lock by now
                assert first.poll() is None and time.monotonic() < deadline
                time.sleep(0.05)
            with pytest.raises(ExportInProgressError, match="another export"):
                _export(slow, tmp_path)
            second = _cli(slow, tmp_path)
            _, stderr = second.communicate(timeout=60)
            assert second.returncode == 2 and "another export is running" in stderr
        finally:
            os.kill(first.pid, signal.SIGKILL)
            first.communicate(timeout=30)
        with ChatClient(token=slow.token, base_url=slow.base_url) as client:
            summary = export_conversations(client, tmp_path)  # the lock died with its process
        assert summary.errors == {}
        for cid in SIZES:
            assert _exported(tmp_path, cid) == _expected(slow, cid)


def test_an_invalid_listed_id_is_that_conversations_error_only(server: FakeXServer, tmp_path: Path) -> None:
    for bad in ("../../escaped", "g1\n\x1b[31m" + "x" * 500):
        server.store.conversations[bad] = FakeConversation(bad, ("1001",))
    summary = _export(server, tmp_path / "out")
    assert len(summary.errors) == 2 and all(len(k) <= 81 for k in summary.errors)  # type: ignore[attr-defined]
    assert all("\n" not in k and "\x1b" not in k for k in summary.errors)  # type: ignore[attr-defined]
    for cid in SIZES:
        assert _exported(tmp_path / "out", cid) == _expected(server, cid)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # nothing escaped --out


# -- decrypted exports --------------------------------------------------------------------------------


@pytest.fixture
def encrypted(fake_x_server: FakeXServer) -> Iterator[tuple[FakeXServer, object]]:
    pytest.importorskip("chat_xdk")
    from x_chat.crypto import ChatKeys
    from x_chat.testing.e2e import E2EConversation

    conversation = E2EConversation.create("111-222")
    for n in range(240):
        conversation.message("111" if n % 3 else "222", f"message {n}")
    fake_x_server.add_encrypted_conversation(conversation)
    bob = conversation.users["222"]
    yield fake_x_server, ChatKeys.from_exported_keys(bob.exported_keys(), key_version=bob.key_version, user_id="222")


def _texts(path: Path) -> list[str]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert all(r["id"] is not None and r["id"] != "None" for r in records)
    return [r["text"] for r in records if r["kind"] == "message"]


def test_keys_given_later_make_complete_private_decrypted_files_from_disk(
    encrypted: tuple[FakeXServer, object], tmp_path: Path
) -> None:
    server, keys = encrypted
    out = tmp_path / "backup"
    with ChatClient(token=server.token, base_url=server.base_url) as client:
        export_conversations(client, out, ["111-222"])
        assert not (out / "111-222.decrypted.jsonl").exists()
        before = _event_requests(server)
        summary = export_conversations(client, out, ["111-222"], decrypt_with=keys)  # type: ignore[arg-type]
    assert _event_requests(server) == before  # nothing fetched again: made from the raw file on disk
    assert _texts(out / "111-222.decrypted.jsonl") == [f"message {n}" for n in range(239, -1, -1)]
    assert summary.messages == 241 and summary.undecryptable == {}  # the key change and 240 messages
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    assert {stat.S_IMODE(p.stat().st_mode) for p in out.iterdir()} == {0o600}
    (out / "111-222.decrypted.jsonl").unlink()  # and again, by its own command
    command = [sys.executable, "-m", "x_chat", "export", "--out", str(out), "--keys", _key_file(keys, tmp_path)]
    done = subprocess.run(
        [*command, "--decrypt-only", "--base-url", server.base_url, "--token", server.token],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert _texts(out / "111-222.decrypted.jsonl")[:2] == ["message 239", "message 238"]
    assert _event_requests(server) == before


def _key_file(keys: object, folder: Path) -> str:
    return str(keys.write_key_file(folder / "bob.json"))  # type: ignore[attr-defined]


def test_undecryptable_events_are_counted_by_reason(encrypted: tuple[FakeXServer, object], tmp_path: Path) -> None:
    server, keys = encrypted
    server.adversary.swap_public_keys("111", [])  # Alice's signatures cannot be checked
    with ChatClient(token=server.token, base_url=server.base_url) as client:
        summary = export_conversations(client, tmp_path, ["111-222"], decrypt_with=keys)  # type: ignore[arg-type]
    assert summary.undecryptable.get("signature", 0) >= 160  # Alice's 160 messages and her key change
    assert sum(summary.undecryptable.values()) + summary.messages == 241
    assert "undecryptable events" in str(summary)
