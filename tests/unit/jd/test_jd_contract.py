"""The parse_jd stage's sample event and the committed JobRequirement JSON schema.

When the model changes on purpose, regenerate the schema and review the diff:

    .venv/bin/python tests/unit/jd/test_jd_contract.py --write-schema
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from talent.jd import MAX_JD_CHARS, parse_jd
from talent.models import JobRequirement

ROOT = Path(__file__).resolve().parents[3]
SCHEMA = ROOT / "events" / "schemas" / "job_requirement.schema.json"
EVENT = ROOT / "events" / "stages" / "parse_jd.json"


def schema_text() -> str:
    return json.dumps(JobRequirement.model_json_schema(), indent=2) + "\n"


def test_committed_schema_matches_the_model() -> None:
    assert SCHEMA.read_text() == schema_text(), (
        "events/schemas/job_requirement.schema.json drifted from JobRequirement; if intended, run "
        "`.venv/bin/python tests/unit/jd/test_jd_contract.py --write-schema` and review the diff"
    )


def test_sample_event_parses_into_a_valid_requirement() -> None:
    event = json.loads(EVENT.read_text())
    assert set(event) == {"project_id", "user_id", "job_description_text", "max_candidates", "top_n"}
    text = event["job_description_text"]
    assert 0 < len(text) <= MAX_JD_CHARS
    requirement = parse_jd(text)
    JobRequirement.model_validate(requirement.model_dump())  # round-trips as the next stage's input
    assert requirement.required_skills
    assert requirement.search.languages


if __name__ == "__main__":
    if sys.argv[1:] != ["--write-schema"]:
        sys.exit(__doc__)
    SCHEMA.write_text(schema_text())
    print(f"wrote {SCHEMA.relative_to(ROOT)}")
