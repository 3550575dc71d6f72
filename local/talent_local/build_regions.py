"""Rebuild layers/talent/talent/geo/regions.tsv: the member countries of political unions postings name.

    make regions    # downloads country_converter's wheel (no dependencies) and runs this on it
    .venv/bin/python -m talent_local.build_regions path/to/country_converter-1.3.2-py3-none-any.whl

The source is `country_converter` (https://github.com/IndEcol/country_converter, GPL-3.0, maintained),
whose country_data.tsv records each country's membership of the EU and the EEA (a column per union:
the year it joined, empty for non-members). Only that file is read, straight from the wheel, so the
package and its pandas dependency need not be installed. ISO 3166 alpha-2 codes come from the ISO3
column through `pycountry` (Greece's alpha-2 is written as a pattern there). Run by hand when updating;
never at import or in tests.
"""

from __future__ import annotations

import csv
import io
import sys
import zipfile
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[2] / "layers/talent/talent/geo/regions.tsv"
DATA_FILE = "country_converter/country_data.tsv"
UNIONS = {"EU": "european union", "EEA": "european economic area"}  # source column -> region name


def members(rows: list[dict[str, str]], column: str) -> list[str]:
    """The alpha-2 codes of the countries with a membership entry in `column`."""
    codes = []
    for row in rows:
        if (row.get(column) or "").strip() not in ("", "nan"):
            country = pycountry.countries.get(alpha_3=row["ISO3"])
            if country is None:
                raise ValueError(f"no ISO 3166 country for {row['ISO3']!r} ({row['name_short']})")
            codes.append(country.alpha_2)
    return sorted(codes)


def build(wheel: Path) -> str:
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read(DATA_FILE).decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text), delimiter="\t"))
    lines = [
        f"# Member countries (ISO 3166 alpha-2) of unions, from {wheel.name}'s {DATA_FILE}",
        "# (talent_local.build_regions). Columns: region name, then its members comma-separated.",
    ]
    lines += [f"{name}\t{','.join(members(rows, column))}" for column, name in UNIONS.items()]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> None:
    if len(argv) != 1:
        raise SystemExit(__doc__)
    OUT.write_text(build(Path(argv[0])), "utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
