"""Schemathesis against our fake server, so the fake cannot drift from the spec."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import negative_data_rejection, positive_data_acceptance
from schemathesis.generation.meta import GenerationMode, ParameterLocation

from x_chat.testing import FakeXServer

SPEC = Path(__file__).resolve().parent.parent / "spec" / "x-chat-openapi.json"
# The activity stream is newline-delimited JSON that lasts as long as the connection: not one JSON
# body to validate, and never-ending without an end_time (tests/test_stream.py tests it).
schema = schemathesis.openapi.from_path(SPEC).exclude(operation_id="activityStream")


@pytest.fixture(scope="module")
def conformance_server() -> Iterator[FakeXServer]:
    with FakeXServer() as server:
        server.add_conversation("1215441834412953600-1603419180975409153", events=30)
        server.add_conversation("g1234567890123456789", events=30)
        yield server


@schema.parametrize()
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
def test_fake_server_conforms_to_the_spec(case: schemathesis.Case, conformance_server: FakeXServer) -> None:
    # Random but schema-valid pagination tokens, IDs and media keys are rightly refused with a
    # 400/404 by a server that only accepts the ones it issued, as X does.
    excluded = [positive_data_acceptance]
    header = case.meta.components.get(ParameterLocation.HEADER) if case.meta is not None else None
    if header is not None and header.mode is GenerationMode.NEGATIVE:
        # the case broke its headers (dropped Authorization): the token given below restores them,
        # so the request sent is a valid one, and its acceptance is right
        excluded.append(negative_data_rejection)
    case.call_and_validate(
        base_url=conformance_server.base_url,
        headers={"Authorization": f"Bearer {conformance_server.token}"},
        excluded_checks=excluded,
    )
