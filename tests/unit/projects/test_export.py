"""CSV export: one row per ranked candidate, safe in a spreadsheet; safe download names."""

import csv
import io

from talent.outreach import generate_outreach_batch
from talent.projects.export import CSV_COLUMNS, candidates_csv, export_filename
from talent.ranking import rank_candidates
from tests.unit.factories import NOW, make_candidate, make_requirement, synthetic_candidates


def _rows(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")  # BOM: Excel reads UTF-8 names correctly
    return list(csv.DictReader(io.StringIO(text[1:], newline="")))


def test_one_row_per_ranked_candidate_in_rank_order() -> None:
    requirement = make_requirement()
    ranked = rank_candidates(synthetic_candidates(12), requirement, now=NOW)
    drafts = generate_outreach_batch(
        ranked, requirement, top_n=3, suppressed_logins={ranked[1].candidate.login}
    )
    rows = _rows(candidates_csv(list(reversed(ranked)), drafts))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [int(row["rank"]) for row in rows] == list(range(1, 13))
    assert rows[0]["login"] == ranked[0].candidate.login
    assert float(rows[0]["score"]) == round(ranked[0].score, 1)
    assert rows[0]["matched_skills"] == "; ".join(ranked[0].matched_skills)
    assert rows[0]["outreach_subject"] == drafts[0].subject
    assert rows[1]["outreach_subject"] == ""  # do-not-contact: no draft subject exported
    assert rows[5]["outreach_subject"] == ""  # beyond top_n


def test_formula_like_cells_are_quoted_as_text_and_commas_survive() -> None:
    requirement = make_requirement()
    candidate = make_candidate(login="mallory", name='=HYPERLINK("http://x")', location="Zürich, CH")
    ranked = rank_candidates([candidate], requirement, now=NOW)
    row = _rows(candidates_csv(ranked, []))[0]
    assert row["name"] == '\'=HYPERLINK("http://x")'
    assert row["location"] == "Zürich, CH"


def test_rows_end_with_crlf() -> None:
    ranked = rank_candidates(synthetic_candidates(2), make_requirement(), now=NOW)
    text = candidates_csv(ranked, [])
    assert text.count("\r\n") == 3


def test_export_filename_is_safe() -> None:
    assert export_filename("Senior Python Engineer (m/f/d)", "1a2b3c4d-5e6f", "csv") == (
        "senior-python-engineer-m-f-d-1a2b3c4d.csv"
    )
    assert export_filename(None, "abcdef012345", "json") == "project-abcdef01.json"
    assert export_filename('../../etc/passwd"', "abcdef012345", "json") == "etc-passwd-abcdef01.json"
