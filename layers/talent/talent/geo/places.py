"""A gazetteer for the locations people write on GitHub profiles and job postings.

Data: places.tsv.gz, built by `python -m talent_local.build_places` from GeoNames (cities of 50,000+
people with their Latin-script alternate names, towns of 15,000+ under their own names only, US states,
UTC offsets, continents) and ISO 3166 via pycountry (country names in eight languages, subdivisions).
Loaded once, on first use (about 30,000 cities and towns, 0.1-0.2 s; a rank stage's cold start pays it
only when the role has a location policy). place_words.txt,
built with it, lists the names that are also ordinary words ("Reading", "Mobile"). parse_jd reads
places through `place_kinds`, `city_name` and `ordinary_word`.

Reading "Paris, TX" or "Cambridge, MA": the text is split into parts at commas, slashes, "|", " - ",
parentheses and " and "; a part is a continent, country, subdivision or city name (accents and case
ignored). Cities are chosen to agree with a country or state named beside them, else the most
populous city of that name wins.
"""

from __future__ import annotations

import dataclasses
import gc
import gzip
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Final, Literal, cast

Kind = Literal["continent", "country", "region", "city"]
EARTH_RADIUS_KM: Final = 6371.0

# ISO 3166-1 "exceptionally reserved" codes people use as country names (UK is GB's).
_RESERVED: Final = {"uk": "GB", "el": "GR"}
_SPLIT: Final = re.compile(
    r"\s*(?:[,;/|()\[\]\u00b7\u2022]|\s[-\u2013\u2014]\s|\s+(?:and|&|or|und|et|y)\s+)\s*", re.IGNORECASE
)
# Words around a place that say nothing about where ("Greater London Area", "Berlin Metropolitan Region").
_NOISE: Final = re.compile(
    r"\b(?:greater|metro(?:politan)?|area|region|based|remote|hybrid|onsite|on-site|office|hq)\b",
    re.IGNORECASE,
)
_NOT_LETTERS: Final = re.compile(r"[^\w\s'.-]+")  # emoji, flags, pins
# Metro areas known by a name of their own, as the city they are around: "Bay Area" is no Somali "Bay"
# once "Area" is noise. (parse_jd keeps the same names apart: talent.jd.places.METROS.)
_METRO_CITIES: Final = {"bay area": "San Francisco", "silicon valley": "San Jose, California"}
# the whole location only: "Bangalore (Silicon Valley of India)", "Green Bay Area" are other places
_METRO = re.compile(
    r"^\s*(?:(?:sf|san francisco)\s)?(bay area|silicon valley)(?:,?\s(?:ca|us|usa))?\s*$", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Place:
    """Where a location text points. Fields are None when the text does not say."""

    country: str | None = None  # ISO 3166-1 alpha-2, e.g. "PL"
    region: str | None = None  # a US state code or a subdivision code, e.g. "TX"
    city: str | None = None  # GeoNames name, e.g. "Szczecin"
    continent: str | None = None  # AF, AS, EU, NA, OC, SA
    utc_offset: float | None = None  # standard time, hours east of UTC
    coordinates: tuple[float, float] | None = None  # the city's latitude, longitude in degrees

    def km_to(self, other: Place) -> float | None:
        """Great-circle distance between two cities in km; None unless both are cities."""
        if self.coordinates is None or other.coordinates is None:
            return None
        (lat1, lon1), (lat2, lon2) = (map(math.radians, c) for c in (self.coordinates, other.coordinates))
        haversine = (
            math.sin((lat2 - lat1) / 2) ** 2
            + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
        )
        return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(haversine))

    def label(self) -> str:
        """A short human name: "Szczecin, PL", "PL", "Europe"."""
        if self.city:
            return f"{self.city}, {self.country}"
        return (self.region and f"{self.region}, {self.country}") or self.country or self.continent or "?"


@dataclass(frozen=True, slots=True)
class _Entry:
    kind: Kind
    name: str
    country: str
    region: str
    utc_offset: float | None
    population: int
    coordinates: tuple[float, float] | None


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    names: dict[str, tuple[_Entry, ...]]  # folded name -> entries, most populous first
    continents: dict[str, str]  # country code -> continent code
    offsets: dict[str, float]  # country code -> population-weighted UTC offset of its cities
    zones: dict[str, tuple[float, float]]  # country code -> its cities' smallest and largest offset
    populations: dict[str, int]  # country code -> its population


def fold(text: str) -> str:
    """Lower case, no accents, single spaces, no dots: "São Paulo" -> "sao paulo", "U.S." -> "us"."""
    if text.isascii():  # most names: the same result without decomposing (loading the data folds 80,000)
        return " ".join(text.lower().replace(".", "").split())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).replace(".", "")
    return " ".join(plain.split())


def _entries(lines: Iterable[str]) -> Iterable[tuple[list[str], _Entry]]:
    for line in lines:
        if line.startswith("#") or not line.strip():
            continue
        kind, name, aliases, country, region, offset, population, *where = line.rstrip("\n").split("\t")
        lat, lon = map(float, where[0].split(",")) if where else (None, None)
        coordinates = (lat, lon) if lat is not None and lon is not None else None
        utc = float(offset) if offset else None
        entry = _Entry(cast(Kind, kind), name, country, region, utc, int(population), coordinates)
        codes = [country] if kind == "country" else []  # "DE", "PL": as people write a country too
        yield [name, *codes, *filter(None, aliases.split(";"))], entry


@cache
def _gazetteer() -> _Gazetteer:
    raw = resources.files(__package__).joinpath("places.tsv.gz").read_bytes()
    names: dict[str, list[_Entry]] = {}
    continents: dict[str, str] = {}
    populations: dict[str, int] = {}
    weighted: dict[str, list[float]] = {}
    zones: dict[str, tuple[float, float]] = {}
    for spellings, entry in _entries(gzip.decompress(raw).decode("utf-8").splitlines()):
        for spelling in spellings:
            names.setdefault(fold(spelling), []).append(entry)
        if entry.kind == "country":
            continents[entry.country] = entry.region
            populations[entry.country] = entry.population
        elif entry.kind == "city" and entry.utc_offset is not None:
            total = weighted.setdefault(entry.country, [0.0, 0.0])
            total[0] += entry.utc_offset * entry.population
            total[1] += entry.population
            low, high = zones.get(entry.country, (entry.utc_offset, entry.utc_offset))
            zones[entry.country] = (min(low, entry.utc_offset), max(high, entry.utc_offset))
    for reserved, code in _RESERVED.items():
        names.setdefault(reserved, []).extend(e for e in names.get(fold(code), []) if e.kind == "country")
    ranked = {k: tuple(sorted(v, key=lambda e: -e.population)) for k, v in names.items()}
    offsets = {code: round(total / people, 1) for code, (total, people) in weighted.items() if people}
    gazetteer = _Gazetteer(ranked, continents, offsets, zones, populations)
    # The data lives as long as the process: leave its ~100,000 objects out of the garbage collector's
    # full scans, which would otherwise read them all again and again (a request pays for each scan).
    gc.freeze()
    return gazetteer


@cache
def _ordinary_words() -> frozenset[str]:
    text = resources.files(__package__).joinpath("place_words.txt").read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def place_kinds(name: str) -> frozenset[Kind]:
    """The kinds of place one name (no commas) is in the data, case and accents ignored:
    "München" -> {"city"}, "Georgia" -> {"country", "region"}, "Earth" -> {}."""
    return frozenset(entry.kind for entry in _lookup(fold(name)))


def city_name(name: str) -> str | None:
    """The data's name for the biggest city so called: "München" -> "Munich", "NYC" -> "New York City"."""
    return next((entry.name for entry in _lookup(fold(name)) if entry.kind == "city"), None)


def region_name(name: str) -> str | None:
    """The data's name for the biggest region so called: "BC" -> "British Columbia", "NSW" -> "New South
    Wales"."""
    return next((entry.name for entry in _lookup(fold(name)) if entry.kind == "region"), None)


def countries_of(name: str, kind: Kind) -> frozenset[str]:
    """The ISO codes of the countries that have a place of this name and kind: "Ontario", "city" ->
    {"US"} (the Californian city), "Ontario", "region" -> {"CA"}."""
    return frozenset(entry.country for entry in _lookup(fold(name)) if entry.kind == kind)


def states_of(name: str, kind: Kind) -> frozenset[tuple[str, str]]:
    """(country, state code) of the places of this name and kind that the data gives a state: "Los
    Angeles", "city" -> {("US", "CA")}; "New York", "region" -> {("US", "NY")}; "Berlin", "city" -> {}."""
    return frozenset(
        (entry.country, entry.region) for entry in _lookup(fold(name)) if entry.kind == kind and entry.region
    )


def city_population(name: str) -> int:
    """The population of the biggest city of this name in the data (GeoNames), 0 for none."""
    return max((entry.population for entry in _lookup(fold(name)) if entry.kind == "city"), default=0)


def country_zones(code: str) -> tuple[float, float] | None:
    """A country's smallest and largest standard UTC offset over its cities in the data, in hours east
    of UTC ("US" -> (-10.0, -5.0)); None for a code the data has no city for."""
    return _gazetteer().zones.get(code)


def country_code(name: str) -> str | None:
    """The ISO code of the country a name is: "United States", "USA", "US" -> "US"; None for others."""
    return next((entry.country for entry in _lookup(fold(name)) if entry.kind == "country"), None)


def country_name(name: str) -> str | None:
    """The English name of the country a name is: "DEU", "Deutschland" -> "Germany"; None for others."""
    return next((entry.name for entry in _lookup(fold(name)) if entry.kind == "country"), None)


def ordinary_word(name: str) -> bool:
    """Whether a city's or subdivision's name is also an ordinary word ("Reading", "Mobile", "Central"),
    and no city of a million people bears it: text names that place only with more context."""
    return fold(name) in _ordinary_words()


@cache
def _name_words() -> frozenset[str]:
    return frozenset(word for name in _gazetteer().names if " " in name for word in name.split())


def in_a_longer_name(word: str) -> bool:
    """Whether a word is part of some place name of two words or more ("hong", "valley", "sao"): a
    test in a set, so a caller joins neighbouring words to look them up only when they may be a place."""
    words = _name_words()
    if word in words:
        return True
    return not (word.islower() and word.isascii() and "." not in word) and fold(word) in words


def _parts(text: str) -> list[str]:
    text = _METRO.sub(lambda found: _METRO_CITIES[found.group(1).lower()], text)
    parts = [fold(_NOISE.sub(" ", _NOT_LETTERS.sub(" ", part))) for part in _SPLIT.split(text)]
    return [part for part in parts if part]


def _lookup(part: str) -> tuple[_Entry, ...]:
    return _gazetteer().names.get(part, ())


def _meant(part: str, entries: tuple[_Entry, ...]) -> list[_Entry]:
    """The entries a part means, of all the entries the data has under its name.

    - A country beats a city that has its name only as another name: "Mexico" is the country, not
      Mexico City; "Kuwait" the country.
    - A city's own name (or its first words: "León" of León de los Aldama) beats another city's other
      name, unless that city is more than MAX_OWN_NAME_RATIO times bigger: "Zaragoza" is the Spanish
      city, not an old name of Tijuana; "St. Petersburg" stays Russia's, not Florida's.
    - A city's own name beats a country's other name where the city has more people, never its code:
      "Granada" is the city, not Grenada in Spanish; "Tailandia" stays Thailand; "BO" stays Bolivia.
    - A subdivision of the country the part names is not meant ("Mexico", not the State of Mexico), nor
      a small country's subdivision beside a bigger city so named in another country
      (`_outranked_region`).
    """
    countries = {e.country for e in entries if e.kind == "country"}
    own = [e for e in entries if e.kind == "city" and _named_by(e, part)]
    # the cities a region's name is weighed against: those of this own name, else any (none for a code)
    namesakes = (own or [e for e in entries if e.kind == "city"]) if len(part) > MAX_CODE_CHARS else []
    return [
        e
        for e in entries
        if (e.kind == "city" and _meant_city(e, part, own, bool(countries)))
        or (e.kind == "country" and not _outnamed_country(e, part, own))
        or (e.kind == "region" and not _outranked_region(e, countries, namesakes))
        or e.kind == "continent"
    ]


def _outnamed_country(country: _Entry, part: str, own: list[_Entry]) -> bool:
    """Whether a country known by `part` only as another name gives way to a city of that own name with
    more people than the country ("Granada" the city, not Grenada in Spanish; "Tailandia" stays
    Thailand); a code never does ("BO" beside the town of Bo)."""
    if len(part) <= MAX_CODE_CHARS or fold(country.name) == part:
        return False
    return max((city.population for city in own), default=0) > country.population


def _meant_city(city: _Entry, part: str, own: list[_Entry], beside_a_country: bool) -> bool:
    """Whether a city is what `part` means (`_meant`); `own`: the cities whose own name it is."""
    if beside_a_country:
        return fold(city.name) == part
    biggest_own = max((e.population for e in own), default=0)
    return city in own or city.population > MAX_OWN_NAME_RATIO * biggest_own


# How much bigger a city known by a name only as another name must be to stay meant beside a city whose
# own name it is: Tijuana (1.9 million) is not "Zaragoza" beside Zaragoza (0.7 million); Saint
# Petersburg (5 million) is "St. Petersburg" beside St. Petersburg, Florida (0.26 million).
MAX_OWN_NAME_RATIO: Final = 5


def _named_by(entry: _Entry, part: str) -> bool:
    """Whether `part` is the entry's own name or its first words: "León" is León de los Aldama's short
    name (Mexico's León), where "Zaragoza" is only an old name of Tijuana."""
    name = fold(entry.name)
    return name == part or name.startswith(f"{part} ")


# A subdivision of a country of fewer people does not outrank a bigger city of its name in another
# country: "Portland" is Oregon's city, not Jamaica's parish; "Münster" the German city, not Ireland's
# province; "Granada", "León" and "Mérida" the Spanish and Mexican cities, not departments of Nicaragua and
# a state of Venezuela. "Ontario" stays Canada's province; "Gaza" keeps its own territory's region beside
# its city.
MIN_PEOPLE_FOR_A_NAMESAKE_REGION: Final = 20_000_000


def _outranked_region(region: _Entry, countries: set[str], cities: list[_Entry]) -> bool:
    """Whether a region is not what its name means here: a subdivision of the country the name is
    ("Mexico"); beside a bigger city so named in another country (`cities`: `_meant`'s namesakes), the
    subdivision of a country that has a city of its name too (the city's own area: Mérida's state), or
    of a small country."""
    if region.country in countries:
        return True
    if not cities or max(cities, key=lambda e: e.population).country == region.country:
        return False
    small = _gazetteer().populations.get(region.country, 0) < MIN_PEOPLE_FOR_A_NAMESAKE_REGION
    return small or any(city.country == region.country for city in cities)


def namesake_countries(name: str) -> dict[str, int]:
    """The countries that have a city this name means (`_meant`), with their biggest such city's
    population, biggest first: "Valencia" -> {"VE": 1619470, "ES": 824340, "US": ...}; {} for no city."""
    part = fold(name)
    found: dict[str, int] = {}
    for entry in _meant(part, _lookup(part)):
        if entry.kind == "city":
            found.setdefault(entry.country, entry.population)
    return found


_COUNTRY_CODE_AFTER: Final = re.compile(r",\s?([A-Z]{2})$")


def without_country_code(place: str) -> str:
    """A place as a person reads it, without the country code that only tells namesakes apart:
    "Valencia, ES" -> "Valencia"; "Austin, TX" (a state) and "Berlin" stay."""
    found = _COUNTRY_CODE_AFTER.search(place)
    if found is None or not any(e.kind == "country" for e in _lookup(fold(found.group(1)))):
        return place
    if any(e.kind == "region" for e in _lookup(fold(found.group(1)))):
        return place  # "Austin, TX", "Córdoba, AR": a code that is a state's too reads as written
    return place[: found.start()]


def country_spellings(code: str) -> list[str]:
    """The folded names the data gives a country (ISO code `code`), codes left out: "ES" -> ["spain",
    "espana", "espagne", "spanien", "kingdom of spain", ...]."""
    return _spellings().get(code, [])


@cache
def _spellings() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for name, entries in _gazetteer().names.items():
        for entry in entries:
            if entry.kind == "country" and len(name) > MAX_CODE_CHARS:
                found.setdefault(entry.country, []).append(name)
    return found


MAX_CODE_CHARS: Final = 3  # "ES", "ESP": codes, which read as words too often to count as a mention


def _coded_cities(part: str) -> list[_Entry]:
    """The big cities a two-letter part is a short name of in the data ("sf" San Francisco, "la" Los
    Angeles, "kl" Kuala Lumpur; the build keeps such codes for cities of 500,000 people), when the code
    names no country or state the city lies in: "ny" stays the state New York City is in, "dc" the
    District, "hk" the country, "qc" Quebec (Québec City is in it). Not a town so named ("wa", Wa in
    Ghana)."""
    if len(part) > 2:
        return []
    entries = _lookup(part)
    cities = [entry for entry in entries if entry.kind == "city" and fold(entry.name) != part]
    areas = [entry for entry in entries if entry.kind in ("country", "region")]
    inside = any(_lies_in(city, area) for city in cities for area in areas)
    return [] if inside else cities


def _lies_in(city: _Entry, area: _Entry) -> bool:
    """Whether a city lies in a country or state, as far as the data tells (only US cities carry their
    state: elsewhere a state of the city's country may be its own)."""
    if area.kind == "country":
        return city.country == area.country
    return city.country == area.country and (not city.region or city.region == area.region)


def short_city_name(name: str) -> str | None:
    """The city a two-letter code alone names (`_coded_cities`): "LA" -> "Los Angeles" (not Laos, nor
    Louisiana), "SF" -> "San Francisco"; None for "NY", "HK", "WA", "UK"."""
    city = next(iter(_coded_cities(fold(name))), None)
    return city.name if city else None


def _pick_city(cities: list[_Entry], countries: set[str], regions: set[tuple[str, str]]) -> _Entry | None:
    """The city the parts agree on: one in a named country or state, else (none named) the biggest.
    Only US cities carry their state; elsewhere a named province agrees with any city of its country."""
    if countries or regions:
        cities = [
            c for c in cities
            if c.country in countries or (c.country, c.region) in regions
            or (not c.region and any(c.country == country for country, _ in regions))
        ]  # fmt: skip
    return max(cities, key=lambda c: c.population, default=None)


# "UTC+1", "GMT -5", "UTC+05:30", "GMT+530" (5:30, not +53)
_UTC: Final = re.compile(r"\b(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?([0-5]\d))?(?!\d)", re.IGNORECASE)
MAX_OFFSET_H: Final = 14  # Kiribati's; a larger figure is no offset
# A location that is an offset and nothing else: "UTC+1", "(GMT-05:00)", "utc +2" (not "Remote, US hours
# (UTC-5)", "UTC-5 to UTC+1", "Hanga Roa (UTC-6)")
_OFFSET_ONLY: Final = re.compile(r"^\W*(?:utc|gmt)\s*[+-]\s*\d{1,2}(?::?\d{2})?\W*$", re.IGNORECASE)


def _stated_offset(text: str) -> float | None:
    """An offset written into the text ("UTC+1", "GMT -5"), as profiles and postings often do."""
    found = _UTC.search(text)
    if found is None or int(found.group(2)) > MAX_OFFSET_H:
        return None
    hours, minutes = int(found.group(2)), int(found.group(3) or 0)
    return (hours + minutes / 60) * (-1 if found.group(1) == "-" else 1)


def offset_only(text: str | None) -> bool:
    """Whether a free-text location is written as a UTC offset and nothing else ("UTC+1", "(GMT-05:00)");
    `resolve` gives its offset, or None for no real one ("UTC+99")."""
    return text is not None and _OFFSET_ONLY.match(text) is not None


def resolve(text: str | None) -> Place | None:
    """The place a free-text location names, or None when it names no known place ("Earth",
    "localhost", "Remote", "", None). Never raises.

    Two letters after a comma may be a country or a state ("CA", "MA"): both are kept, and the city
    decides ("San Francisco, CA" is California, "Casablanca, MA" Morocco).
    """
    if not text or not text.strip():
        return None
    countries: set[str] = set()
    regions: set[tuple[str, str]] = set()  # (country, region code)
    continents: set[str] = set()
    cities: list[_Entry] = []
    parts = _parts(text)
    # a code after a comma is a state or a country ("Ithaca, NY"): only the first part can be a city's
    coded = _coded_cities(parts[0]) if parts else []
    meant = _town_and_areas([_meant(part, _lookup(part)) for part in parts])
    for part, entries in zip(parts, _qualified(meant), strict=True):
        for entry in entries:
            if entry.kind == "country":
                countries.add(entry.country)
            elif entry.kind == "region":
                regions.add((entry.country, entry.region))
            elif entry.kind == "continent":
                continents.add(entry.region)
            elif len(part) > 2:
                cities.append(entry)
    if coded and _pick_city(cities, countries, regions) is None:
        # "LA", "SF": alone the city; beside a state or country ("LA, CA") the one they agree on; beside
        # a city that agrees with it ("Baton Rouge, LA") the code is that city's state, as before
        cities = coded
        countries, regions = (set(), set()) if len(parts) == 1 else (countries, regions)
    after_a_town = len(parts) > 1 and len(parts[-1]) == 2  # "Wilmington, MA"
    place = _place(cities, countries, regions, continents, after_a_town)
    offset = _stated_offset(text)
    if offset is None:
        return place
    return dataclasses.replace(place, utc_offset=offset) if place else Place(utc_offset=offset)


def _a_town(entries: list[_Entry]) -> bool:
    """Whether a part's entries name a city and no country ("Mozambique" is the country first)."""
    return any(e.kind == "city" for e in entries) and not any(e.kind == "country" for e in entries)


def _town_and_areas(meant: list[list[_Entry]]) -> list[list[_Entry]]:
    """Each part's entries, read with the first part that names a town (`_a_town`) as the town and later
    parts as its areas:
    - the town part keeps no namesake region of a country no later part names: in "Kingston, Ontario"
      Jamaica's Kingston parish had set Ontario aside as a region named elsewhere (`_qualified`) and
      placed the city in Jamaica; "Ontario, Canada" keeps the province;
    - a later part that is also a region of the town's country is that region, not its city: "Laval,
      Québec" is Laval in the province (Québec city had outnumbered it); "Camden, London" keeps London,
      a city only."""
    first = next((i for i, entries in enumerate(meant) if _a_town(entries)), None)
    if first is None:
        return meant
    later = _area_countries(meant[first + 1 :])
    homes = {e.country for e in meant[first] if e.kind == "city"}
    town = [e for e in meant[first] if e.kind != "region" or not later or e.country in later]
    return [*meant[:first], town, *(_as_area(entries, homes) for entries in meant[first + 1 :])]


def _area_countries(meant: list[list[_Entry]]) -> set[str]:
    return {e.country for entries in meant for e in entries if e.kind in ("country", "region")}


def _as_area(entries: list[_Entry], homes: set[str]) -> list[_Entry]:
    """A later part's entries: its region alone where it is a region of one of `homes` (countries)."""
    if any(e.kind == "region" and e.country in homes for e in entries):
        return [e for e in entries if e.kind != "city"]
    return entries


def _qualified(meant: list[list[_Entry]]) -> list[list[_Entry]]:
    """Each part's entries, less the regions of a part that also names a city, where another part names
    the area: in "Córdoba, Spain" the Argentine province is Córdoba's namesake, no qualifier of it (it had
    placed the city in Argentina); in "Ontario, Canada" the province stays, in the country named."""
    areas = [{e.country for e in entries if e.kind in ("country", "region")} for entries in meant]
    named = Counter(country for area in areas for country in area)  # one count per part: linear
    total = sum(named.values())
    qualified = []
    for entries, area in zip(meant, areas, strict=True):
        if total > len(area) and any(e.kind == "city" for e in entries):  # an area is named elsewhere
            entries = [e for e in entries if e.kind != "region" or named[e.country] > (e.country in area)]
        qualified.append(entries)
    return qualified


def _place(
    cities: list[_Entry],
    countries: set[str],
    regions: set[tuple[str, str]],
    continents: set[str],
    after_a_town: bool = False,
) -> Place | None:
    gazetteer = _gazetteer()
    city = _pick_city(cities, countries, regions)
    if city is not None:
        continent = gazetteer.continents.get(city.country)
        return Place(
            city.country, city.region or None, city.name, continent, city.utc_offset, city.coordinates
        )
    named = _named_area(cities, countries, regions, after_a_town)
    if len(named) == 1:
        (country,) = named
        region = next((code for c, code in regions if c == country), None)
        return Place(country, region, None, gazetteer.continents.get(country), gazetteer.offsets.get(country))
    if len(continents) == 1 and not named:
        return Place(continent=next(iter(continents)))
    return None


def _named_area(
    cities: list[_Entry], countries: set[str], regions: set[tuple[str, str]], after_a_town: bool
) -> set[str]:
    """The countries the areas name where no city agrees with them. A code after a town that is a
    country's and a US state's ("MA", "CA", "LA") is the state after a name the data knows for US towns
    only ("Wilmington, MA", "Menlo Park, CA": they had been Morocco and Canada); else the country (a town
    it does not know: "Holon, IL" is Israel's)."""
    regional = {country for country, _ in regions}
    us_town = bool(cities) and all(c.country == "US" for c in cities)
    if after_a_town and countries and "US" in regional and us_town:
        return {"US"}
    return countries or regional


def _phrases(part: str, longest: int = 4) -> list[str]:
    """Every run of 1..longest words of a part: "anywhere in europe" holds "europe"."""
    words = part.split()
    return [" ".join(words[i : i + n]) for n in range(longest, 0, -1) for i in range(len(words) - n + 1)]


# Business regions postings name, by GeoNames continent codes and ISO 3166 countries: the usual sales
# and HR sense (EMEA: Europe, the Middle East and Africa; LATAM: the Americas south of the US).
_MIDDLE_EAST: Final = frozenset(
    ["AE", "BH", "CY", "EG", "IL", "IQ", "IR", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY", "TR", "YE"]
)
_NORTH_OF_LATAM: Final = frozenset(["US", "CA", "GL", "BM", "PM"])
BUSINESS_REGIONS: Final = {
    "emea": ({"EU", "AF"}, _MIDDLE_EAST, frozenset()),
    "apac": ({"AS", "OC"}, frozenset(), frozenset()),
    "asia-pacific": ({"AS", "OC"}, frozenset(), frozenset()),
    "asia pacific": ({"AS", "OC"}, frozenset(), frozenset()),
    "americas": ({"NA", "SA"}, frozenset(), frozenset()),
    "latam": ({"NA", "SA"}, frozenset(), _NORTH_OF_LATAM),
    "latin america": ({"NA", "SA"}, frozenset(), _NORTH_OF_LATAM),
    "dach": (set(), frozenset({"DE", "AT", "CH"}), frozenset()),
    "nordics": (set(), frozenset({"DK", "FI", "IS", "NO", "SE"}), frozenset()),
    "benelux": (set(), frozenset({"BE", "NL", "LU"}), frozenset()),
    "middle east": (set(), _MIDDLE_EAST, frozenset()),
    "scandinavia": (set(), frozenset({"DK", "NO", "SE"}), frozenset()),
}


# Unions by their names in postings: their members are data (regions.tsv, talent_local.build_regions).
# "EU" is the union, as in "EU only" or "based in an EU country", not GeoNames' continent code: a role
# "remote within the EU" cannot hire in the UK, Switzerland or Norway. "Europe" stays the continent.
UNIONS: Final = {  # by `fold`ed name ("E.U." is "eu", "Unión Europea" "union europea")
    "eu": "european union",
    "ue": "european union",  # French, Spanish, Italian, Portuguese
    "european union": "european union",
    "europaische union": "european union",
    "union europeenne": "european union",
    "union europea": "european union",
    "eea": "european economic area",
    "european economic area": "european economic area",
}


@cache
def _union_members() -> dict[str, frozenset[str]]:
    text = resources.files(__package__).joinpath("regions.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {name: frozenset(codes.split(",")) for name, codes in rows}


def business_region(name: str) -> set[str] | None:
    """Country codes of a business region ("EMEA", "APAC", "LATAM", "DACH") or a union ("EU", "EEA":
    its member states), or None for any other name."""
    if (union := UNIONS.get(fold(name))) is not None:
        return set(_union_members()[union])
    key = " ".join(name.casefold().split())
    found = BUSINESS_REGIONS.get(key)
    if found is None:
        return None
    continents, added, removed = found
    members = {c for c, continent in _gazetteer().continents.items() if continent in continents}
    return (members | added) - removed


def resolve_region(text: str) -> set[str]:
    """Country codes a posting's region names, for policies like "US only" or "anywhere in Europe":
    countries ("Poland"), continents ("Europe"), business regions ("EMEA", `BUSINESS_REGIONS`), or a
    city's country. Empty when unknown."""
    if (whole := business_region(text)) is not None:  # "European Economic Area" before "area" is noise
        return whole
    found: set[str] = set()
    gazetteer = _gazetteer()
    for part in _parts(text):
        if (region := business_region(part)) is not None:  # before the towns "Apac" (Uganda), "Dach"
            found |= region
            continue
        for phrase in _phrases(part):
            if (region := business_region(phrase)) is not None:  # "remote within the EU": the union
                found |= region
                continue
            if len(phrase) <= 2 and phrase != part:
                continue  # inside a phrase two letters are a word ("in", "us"), not a code; alone a code
            for entry in _lookup(phrase):
                if entry.kind == "country":
                    found.add(entry.country)
                elif entry.kind == "continent":
                    found |= {c for c, continent in gazetteer.continents.items() if continent == entry.region}
        if not found and (place := resolve(part)) and place.country:
            found.add(place.country)
    return found
