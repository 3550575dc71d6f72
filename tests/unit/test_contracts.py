"""Contracts between the rank_candidates and generate_outreach stages, their sample events and schemas.

The committed JSON schemas in events/schemas are generated from the pydantic models. When a model
changes on purpose, regenerate them with:

    .venv/bin/python tests/unit/test_contracts.py --write-schemas
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, TypeAdapter

from talent.models import Candidate, JobRequirement, OutreachMessage, RankedCandidate
from talent.outreach import generate_outreach_batch
from talent.ranking import rank_candidates
from tests.unit.factories import NOW, go_kubernetes_developer, make_requirement, synthetic_candidates

ROOT = Path(__file__).resolve().parents[2]
EVENTS = ROOT / "events" / "stages"
SCHEMAS: dict[str, type[BaseModel]] = {
    "candidate.schema.json": Candidate,
    "ranked_candidate.schema.json": RankedCandidate,
    "outreach_message.schema.json": OutreachMessage,
}


def schema_text(model: type[BaseModel]) -> str:
    return json.dumps(model.model_json_schema(), indent=2) + "\n"


def load_event(name: str) -> dict[str, Any]:
    event: dict[str, Any] = json.loads((EVENTS / name).read_text())
    return event


def load_object(key: str) -> dict[str, Any]:
    """A stage document the sample events point at (events/stages/s3 mirrors the results bucket)."""
    document: dict[str, Any] = json.loads((EVENTS / "s3" / key).read_text())
    return document


def ranked_sample() -> list[RankedCandidate]:
    people = [go_kubernetes_developer(), *synthetic_candidates(25, seed=4)]
    return rank_candidates(people, make_requirement(), now=NOW)


def test_rank_output_validates_as_outreach_input() -> None:
    wire = json.loads(json.dumps([r.model_dump(mode="json") for r in ranked_sample()]))  # as between stages
    ranked = TypeAdapter(list[RankedCandidate]).validate_python(wire)

    messages = generate_outreach_batch(ranked, make_requirement(), top_n=10)

    assert len(messages) == 10
    for message in messages:
        assert OutreachMessage.model_validate(message.model_dump(mode="json")) == message


def test_ranked_candidates_round_trip_through_json() -> None:
    for entry in ranked_sample():
        assert RankedCandidate.model_validate(entry.model_dump(mode="json")) == entry
        assert RankedCandidate.model_validate_json(entry.model_dump_json()) == entry


def test_rank_candidates_event_is_a_valid_stage_input() -> None:
    event = load_event("rank_candidates.json")
    requirement = JobRequirement.model_validate(event["requirement"])
    candidates = TypeAdapter(list[Candidate]).validate_python(
        load_object(event["candidates_key"])["candidates"]
    )

    ranked = rank_candidates(candidates, requirement, now=NOW)

    assert ranked[0].candidate.login == "synth-ada-gopher"
    assert all(c.login.startswith("synth-") for c in candidates)  # clearly synthetic people


def test_generate_outreach_event_is_a_valid_stage_input() -> None:
    event = load_event("generate_outreach.json")
    requirement = JobRequirement.model_validate(event["requirement"])
    ranked = TypeAdapter(list[RankedCandidate]).validate_python(load_object(event["ranked_key"])["ranked"])
    # The sample user's do-not-contact list, as stored in SuppressionsTable.
    suppressed = [row["github_login"] for row in json.loads((EVENTS / "suppressions.json").read_text())]

    messages = generate_outreach_batch(
        ranked, requirement, event["top_n"], suppressed_logins=frozenset(suppressed)
    )

    assert len(messages) == len(ranked)
    assert [m.candidate_login for m in messages if m.suppressed] == suppressed
    assert all(m.body for m in messages if not m.suppressed)


def test_generate_outreach_event_ranks_the_rank_event_candidates() -> None:
    rank_event, outreach_event = load_event("rank_candidates.json"), load_event("generate_outreach.json")

    assert outreach_event["requirement"] == rank_event["requirement"]
    # Same people, so the two samples tell one story; scores may lag behind weight tweaks.
    by_login = {c["login"]: c for c in load_object(rank_event["candidates_key"])["candidates"]}
    ranked = load_object(outreach_event["ranked_key"])["ranked"]
    assert {r["candidate"]["login"] for r in ranked} == set(by_login)
    for entry in ranked:
        assert Candidate.model_validate(entry["candidate"]) == Candidate.model_validate(
            by_login[entry["candidate"]["login"]]
        )


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_committed_schemas_match_the_models(name: str) -> None:
    committed = (ROOT / "events" / "schemas" / name).read_text()
    assert committed == schema_text(SCHEMAS[name]), (
        f"events/schemas/{name} drifted from the model; if the change is intended run "
        "`.venv/bin/python tests/unit/test_contracts.py --write-schemas` and review the diff"
    )


def write_schemas() -> None:
    for name, model in SCHEMAS.items():
        (ROOT / "events" / "schemas" / name).write_text(schema_text(model))
        print(f"wrote events/schemas/{name}")


if __name__ == "__main__":
    if sys.argv[1:] != ["--write-schemas"]:
        sys.exit(__doc__)
    write_schemas()
