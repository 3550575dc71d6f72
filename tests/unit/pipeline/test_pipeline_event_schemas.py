"""JSON schemas of every state's event and of the results document, generated from the pydantic models
(talent.pipeline.contracts, talent.pipeline.results), and the sample events checked against them.

When a model changes on purpose, regenerate the schemas and review the diff:

    .venv/bin/python tests/unit/pipeline/test_pipeline_event_schemas.py --write-schemas
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from pydantic import BaseModel

from talent.pipeline.contracts import (
    CompletedRun,
    FailureInput,
    OutreachInput,
    RankInput,
    RunInput,
    SearchInput,
)
from talent.pipeline.results import ProjectResults
from talent.pipeline.storage import CandidatesDocument, OutreachDocument, RankedDocument

ROOT = Path(__file__).resolve().parents[3]
SCHEMAS = ROOT / "events" / "schemas" / "pipeline"
EVENTS = ROOT / "events" / "stages"
# schema file -> (model, the sample events or S3 objects it describes)
DOCUMENTS: dict[str, tuple[type[BaseModel], list[str]]] = {
    "parse_jd.event.schema.json": (RunInput, ["parse_jd.json"]),
    "search_github.event.schema.json": (SearchInput, ["search_github.json"]),
    "rank_candidates.event.schema.json": (RankInput, ["rank_candidates.json"]),
    "generate_outreach.event.schema.json": (OutreachInput, ["generate_outreach.json"]),
    "save_results.event.schema.json": (CompletedRun, ["save_results.json"]),
    "mark_failed.event.schema.json": (FailureInput, ["mark_failed.json"]),
    "candidates.document.schema.json": (
        CandidatesDocument,
        ["s3/projects/01JDEMO0SAMPLEPROJECT00001/candidates.json"],
    ),
    "ranked.document.schema.json": (RankedDocument, ["s3/projects/01JDEMO0SAMPLEPROJECT00001/ranked.json"]),
    "outreach.document.schema.json": (
        OutreachDocument,
        ["s3/projects/01JDEMO0SAMPLEPROJECT00001/outreach.json"],
    ),
    "results.document.schema.json": (ProjectResults, []),
}


def schema_text(model: type[BaseModel]) -> str:
    return json.dumps(model.model_json_schema(), indent=2) + "\n"


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_committed_schema_matches_the_model(name: str) -> None:
    committed = (SCHEMAS / name).read_text()
    assert committed == schema_text(DOCUMENTS[name][0]), (
        f"events/schemas/pipeline/{name} drifted from its model; if intended, run "
        "`.venv/bin/python tests/unit/pipeline/test_pipeline_event_schemas.py --write-schemas`"
    )


@pytest.mark.parametrize(
    ("name", "sample"),
    [(name, sample) for name, (_, samples) in sorted(DOCUMENTS.items()) for sample in samples],
)
def test_sample_validates_against_its_schema_and_model(name: str, sample: str) -> None:
    document = json.loads((EVENTS / sample).read_text())
    schema = json.loads((SCHEMAS / name).read_text())
    Draft202012Validator.check_schema(schema)

    errors = [error.message for error in Draft202012Validator(schema).iter_errors(document)]

    assert errors == []
    DOCUMENTS[name][0].model_validate(document)


def test_the_schemas_reject_an_event_of_the_old_inline_shape() -> None:
    schema = json.loads((SCHEMAS / "rank_candidates.event.schema.json").read_text())
    event = json.loads((EVENTS / "rank_candidates.json").read_text())
    del event["candidates_key"]
    event["candidates"] = []
    messages = [error.message for error in Draft202012Validator(schema).iter_errors(event)]
    assert any("candidates_key" in message for message in messages)
    assert any("candidates" in message and "unexpected" in message.lower() for message in messages)


def write_schemas() -> None:
    SCHEMAS.mkdir(parents=True, exist_ok=True)
    for name, (model, _) in DOCUMENTS.items():
        (SCHEMAS / name).write_text(schema_text(model))
        print(f"wrote events/schemas/pipeline/{name}")


if __name__ == "__main__":
    if sys.argv[1:] != ["--write-schemas"]:
        sys.exit(__doc__)
    write_schemas()
