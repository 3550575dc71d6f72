"""Project exports: the full results as JSON, or one CSV row per ranked candidate."""

from __future__ import annotations

import csv
import io
import re
import unicodedata

from talent.models import OutreachMessage, RankedCandidate

CSV_COLUMNS = (
    "rank",
    "login",
    "name",
    "profile_url",
    "location",
    "score",
    "matched_skills",
    "missing_skills",
    "screened_out",
    "outreach_subject",
    "outreach_body",
    # appended, so a sheet that reads the columns above by position still does
    "evidence",
    "score_breakdown",
)
# CSV injection (OWASP): a cell a spreadsheet would run as a formula starts with one of = + - @ (or a
# tab or carriage return before one). Every field is quoted, and a `'` (text, in every spreadsheet)
# goes before each piece that could start a cell: the cell's start, and, because a spreadsheet whose
# locale separates fields with ";" splits quoted fields there too (our quotes mean nothing to it, they
# are not at its field starts), every piece after a ";" or a line break, and a ";" that ends a cell
# (the reader would open a quoted field at our closing quote). Quotes before such a piece are skipped.
_FORMULA_PIECE = re.compile(r"""(?:^|(?<=[;\r\n]))(?="*[=+\-@\t\r])|(?<=;)\Z""")
_UNSAFE_FILENAME = re.compile(r"[^A-Za-z0-9._-]+")
_HYPHENS = re.compile(r"-{2,}")


def candidates_csv(
    ranked: list[RankedCandidate], outreach: list[OutreachMessage], *, semicolon: bool = False
) -> str:
    """UTF-8 with a BOM and CRLF rows, so Excel and other sheets open names with accents cleanly. Every
    ranked candidate, best first; the drafted ones carry their draft's subject and body, and
    `screened_out` says why a listed candidate gets no draft (empty for the rest). `semicolon`: ";"
    between fields and a decimal comma in the score, as sheets whose list separator is ";" read them."""
    drafts = {message.candidate_login: message for message in outreach if not message.suppressed}
    buffer = io.StringIO()
    writer = csv.writer(
        buffer, delimiter=";" if semicolon else ",", lineterminator="\r\n", quoting=csv.QUOTE_ALL
    )
    writer.writerow(CSV_COLUMNS)
    for entry in sorted(ranked, key=lambda item: item.rank):
        candidate = entry.candidate
        draft = drafts.get(candidate.login)
        writer.writerow(
            [
                entry.rank,
                _cell(candidate.login),
                _cell(candidate.name),
                str(candidate.profile_url),
                _cell(candidate.location),
                f"{entry.score:.1f}".replace(".", "," if semicolon else "."),
                _cell("; ".join(entry.matched_skills)),
                _cell("; ".join(entry.missing_skills)),
                _cell(entry.screened_out),
                _cell(draft.subject if draft else None),
                _cell(draft.body if draft else None),  # line breaks kept: a quoted cell holds them
                _cell(_evidence(entry)),
                _cell(_breakdown(entry)),
            ]
        )
    return "\ufeff" + buffer.getvalue()


def _evidence(entry: RankedCandidate) -> str:
    """What shows each matched skill: "Go: kube-autoscaler-lab, pgx-migrate; Kubernetes: kube-autoscaler"."""
    return "; ".join(f"{skill}: {', '.join(items)}" for skill, items in entry.evidence.items())


def _breakdown(entry: RankedCandidate) -> str:
    """The points of each scored factor, then its explanation: "core_skills 50 (…); location 4 (…)"."""
    return "; ".join(
        f"{name} {factor.contribution:g} ({factor.explanation})"
        for name, factor in entry.breakdown.items()
        if factor.weight
    )


def _cell(value: str | None) -> str:
    return _FORMULA_PIECE.sub("'", value or "")


def export_filename(title: str | None, project_id: str, extension: str, variant: str | None = None) -> str:
    """A safe download name such as `senior-python-engineer-1a2b3c4d.csv` (with a `variant`:
    `senior-python-engineer-1a2b3c4d-semicolon.csv`); accents are dropped from their
    letters ("Développeur confirmé" -> `developpeur-confirme`); a letter with no plain form in Unicode's
    decomposition ("ł", "ß", "ø") is dropped."""
    ascii_title = unicodedata.normalize("NFKD", title or "project").encode("ascii", "ignore").decode()
    # "Backend Engineer, Python - Fernway" is `backend-engineer-python-fernway`, not `python---fernway`
    stem = (
        _HYPHENS.sub("-", _UNSAFE_FILENAME.sub("-", ascii_title.lower())).strip("-.")[:60].strip("-.")
        or "project"
    )
    return f"{stem}-{project_id[:8]}{f'-{variant}' if variant else ''}.{extension}"
