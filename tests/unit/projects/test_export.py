"""CSV export: one row per ranked candidate, safe in a spreadsheet; safe download names."""

import csv
import io

import pytest

from talent.outreach import generate_outreach_batch
from talent.projects.export import CSV_COLUMNS, candidates_csv, export_filename
from talent.ranking import rank_candidates
from tests.unit.factories import (
    NOW,
    go_kubernetes_developer,
    make_candidate,
    make_requirement,
    synthetic_candidates,
)


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
    assert rows[0]["outreach_body"] == drafts[0].body  # the whole draft, its line breaks too
    assert "\n" in rows[0]["outreach_body"]
    assert rows[1]["outreach_subject"] == rows[1]["outreach_body"] == ""  # do-not-contact: no draft
    assert rows[5]["outreach_subject"] == rows[5]["outreach_body"] == ""  # beyond top_n


def test_a_row_shows_the_evidence_and_the_points_of_each_factor() -> None:
    # a new user's: a sheet showed the score but not why (no evidence, no factor)
    from tests.unit.factories import go_kubernetes_developer

    (entry,) = rank_candidates([go_kubernetes_developer()], make_requirement(), now=NOW)
    row = _rows(candidates_csv([entry], []))[0]
    assert row["evidence"].startswith("Go: ")
    assert "Kubernetes: kube-autoscaler-lab" in row["evidence"]
    core = entry.breakdown["core_skills"]
    assert row["score_breakdown"].startswith(f"core_skills {core.contribution:g} ({core.explanation})")
    assert f"location {entry.breakdown['location'].contribution:g} (" in row["score_breakdown"]


def test_a_row_says_why_a_listed_candidate_gets_no_draft() -> None:
    # A new user's export had iOS rows at 49.0 with a blank draft and no reason.
    requirement = make_requirement()
    ranked = rank_candidates([go_kubernetes_developer(), *synthetic_candidates(1)], requirement, now=NOW)
    held = ranked[1].model_copy(update={"screened_out": "They live outside the role's area."})
    rows = _rows(
        candidates_csv([ranked[0], held], generate_outreach_batch([ranked[0]], requirement, top_n=2))
    )
    assert [row["screened_out"] for row in rows] == ["", "They live outside the role's area."]
    assert rows[0]["outreach_body"]
    assert not rows[1]["outreach_body"]


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
    # a new user's French posting gave "d-veloppeur-front-end-react-confirm-…"
    assert export_filename("Développeur Front-End React confirmé", "eb0e3c5b99", "csv") == (
        "developpeur-front-end-react-confirme-eb0e3c5b.csv"
    )
    assert export_filename('../../etc/passwd"', "abcdef012345", "json") == "etc-passwd-abcdef01.json"
    # a new user's export was named "backend-engineer-python---fernway-analytics-…"
    assert export_filename("Backend Engineer, Python - Fernway Analytics", "abcdef012345", "csv") == (
        "backend-engineer-python-fernway-analytics-abcdef01.csv"
    )
    # a hyphen the 60-character cut leaves at the end goes too (a second review)
    assert export_filename("a" * 59 + " - b", "abcdef012345", "csv") == "a" * 59 + "-abcdef01.csv"
    assert export_filename("Data Engineer", "abcdef012345", "csv", variant="semicolon") == (
        "data-engineer-abcdef01-semicolon.csv"
    )


# The tester's finding: a name like "Mallory;=1+1;" was written unquoted, and a spreadsheet in a locale
# whose separator is ";" split it into a formula cell. Whatever separator the reader uses, no cell may
# start with a character that makes a formula (or with a tab or carriage return, OWASP's list).
HOSTILE = [
    "Mallory;=1+1;",
    "Berlin;=HYPERLINK(A1);",
    "a;+1;-2;@SUM(A1)",
    'x;"=1+1"',
    "trailing;",
    "x;\t=1",
    "line\n=1+1",
    "cr\r=1+1",
    "\t=tab-led",
    "\r=cr-led",
    "-2+3",
    '"=quoted"',
    "@SUM(1;2)",
    "plain, with a comma",
    "x;=cmd()",  # a ;-separated payload (issue 15, second round: a bio-like "x;=cmd()")
]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_no_cell_starts_a_formula_whatever_the_separator(delimiter: str) -> None:
    requirement = make_requirement()
    candidates = [
        make_candidate(login=f"user-{index}", name=value, location=value)
        for index, value in enumerate(HOSTILE)
    ]
    text = candidates_csv(rank_candidates(candidates, requirement, now=NOW), [])
    rows = list(csv.reader(io.StringIO(text[1:], newline=""), delimiter=delimiter))
    cells = [cell for row in rows for cell in row]
    assert cells
    assert [cell for cell in cells if cell.startswith(FORMULA_START)] == []


def test_every_field_is_quoted_and_reads_back_whole() -> None:
    requirement = make_requirement()
    candidate = make_candidate(login="mallory", name="Mallory;=1+1;", location="Zürich, CH")
    text = candidates_csv(rank_candidates([candidate], requirement, now=NOW), [])
    header, row = text[1:].split("\r\n")[:2]
    assert all(field.startswith('"') and field.endswith('"') for field in header.split(","))
    assert row.startswith('"1","mallory",')
    parsed = _rows(text)[0]
    assert parsed["name"] == "Mallory;'=1+1;'"  # each piece a ;-locale would split off stays text
    assert parsed["location"] == "Zürich, CH"


def test_a_semicolon_sheet_for_spreadsheets_whose_list_separator_is_a_semicolon() -> None:
    """A European recruiter's finding: German, French and Spanish Excel opened the comma-separated file
    in one column and read "84.9" as text."""
    requirement = make_requirement()
    ranked = rank_candidates([go_kubernetes_developer()], requirement, now=NOW)
    text = candidates_csv(ranked, generate_outreach_batch(ranked, requirement), semicolon=True)
    assert text.startswith("\ufeff")
    (row,) = list(csv.DictReader(io.StringIO(text[1:], newline=""), delimiter=";"))
    assert row["login"] == "synth-gopher"
    assert row["score"] == f"{ranked[0].score:.1f}".replace(".", ",")
    assert "," in row["score"]
    assert text.splitlines()[0].startswith('\ufeff"rank";"login";"name"')
