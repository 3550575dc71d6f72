"""Places for parse_jd, read from the project's gazetteer (`talent.geo`: GeoNames cities with their
local names, ISO 3166 countries in eight languages, subdivisions, continents).

It recognises a place in a title suffix ("Backend Engineer - Berlin"), a header line ("🌎 Warsaw,
Poland") or after "based in"; an explicit "Location:" line is taken as written. Beside the gazetteer,
a small closed list of the regions postings name that no gazetteer lists (EMEA, DACH, LATAM, Bay
Area). Names of three letters or fewer count only in capitals ("SF", "UK", "TX", not "la" or "in"),
and a name that is also an ordinary word ("Reading", "Mobile") counts alone only where the text says
it is a place (a "Location:" line, "based in"); beside a country or state it is a place anywhere.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from talent.geo.places import (
    city_name,
    city_population,
    countries_of,
    country_code,
    country_name,
    country_spellings,
    fold,
    namesake_countries,
    ordinary_word,
    place_kinds,
    region_name,
    resolve,
    resolve_region,
    short_city_name,
    states_of,
)
from talent.jd.taxonomy import canonical_name
from talent.jd.words import is_common_word

# The few names postings use that talent.geo's data (GeoNames, ISO 3166) lacks, checked with
# place_kinds(): regions spanning countries (EMEA, DACH, LATAM, Nordics, Benelux, CEE, the Middle East,
# in the four languages we read), "worldwide"/"anywhere", and the short forms "UAE" and "Korea" (ISO
# names them "United Arab Emirates" and "Korea, Republic of"). "APAC" is a region here, not the town
# in Uganda the data knows; "EU" is in the data too, kept here for its kind.
REGIONS: Final = frozenset(
    {
        "eu", "european union", "emea", "apac", "latam", "americas", "latin america", "middle east",
        "nordics", "scandinavia",
        "dach", "benelux", "cee", "europa", "latinoamérica", "latinoamerica", "américa latina",
        "amérique latine", "lateinamerika", "worldwide", "anywhere", "uae", "korea", "south asia",
        "south-east asia", "southeast asia", "east asia", "central asia", "eastern europe", "western europe",
        "central europe", "east africa", "west africa", "sub-saharan africa",
    }
)  # fmt: skip
# One key per region or city, whatever the language or short form: "LATAM" is Latin America, "CABA"
# Buenos Aires.
_LATIN_AMERICA: Final = ("latam", "latinoamérica", "américa latina", "amérique latine", "lateinamerika")
_SAME_PLACE: Final = {fold(name): "latin america" for name in _LATIN_AMERICA} | {
    "southeast asia": "south-east asia",
    "eu": "europe",  # "Remote (EU)": postings mean the continent, not the union's members only
    "europa": "europe",
    "european union": "europe",  # the labels write "EU" out
    "caba": "buenos aires",  # the Autonomous City's short names, which GeoNames lacks
    "capital federal": "buenos aires",
    "sf bay area": "bay area",  # "SF Bay Area", "San Francisco Bay Area": the one metro area
    "san francisco bay area": "bay area",
}
# Metro areas, business districts and technology parks that no GeoNames city (15,000+ people) bears the
# name of: French postings place many roles at La Défense or Sophia Antipolis.
METROS: Final = frozenset({"bay area", "silicon valley", "la défense", "sophia antipolis"})
_AREA_KINDS: Final = frozenset({"country", "region", "continent"})
_WIDE_KINDS: Final = frozenset({"country", "continent"})
MAX_CODE_LETTERS: Final = 3  # "SF", "NYC", "TX", "UK": written in capitals when they name a place


def _key(name: str) -> str:
    return " ".join(name.strip(" .").split()).lower()


# Codes that name a place alone; other two- and three-letter codes do so only after a city ("Warsaw,
# PL", "Austin, TX"), since alone they are mostly abbreviations ("AI" is Anguilla's code, "ML" Mali's).
_CODES_ALONE: Final = frozenset({"us", "usa", "uk", "eu", "uae"})


# "Remote - DEU", "Hybrid - CAN": a board's work mode and a country's ISO code (upper case, after a dash);
# "Remote - EST" is the time zone, not Estonia
_MODE_AND_CODE = re.compile(r"\b((?i:remote|hybrid|on-?site)\s?[-\u2013]\s?)(?!EST\b)([A-Z]{2,3})\b(?![-\w])")


def mode_code_country(text: str) -> str | None:
    """The country a line of a work mode and a code names, "Remote - DEU" -> "Germany"; None for any other
    text (alone, "CAN" is mostly the bus and "ESP" a chip)."""
    found = _MODE_AND_CODE.fullmatch(text.strip())
    return country_name(found.group(2)) if found else None


def mode_codes_spelled(text: str) -> str:
    """`text` with each work mode's country code spelled out: "🌎 Remote - DEU" -> "🌎 Remote - Germany"."""
    return _MODE_AND_CODE.sub(lambda m: m.group(1) + (country_name(m.group(2)) or m.group(2)), text)


def a_code_alone(name: str) -> bool:
    """A country's code that names it alone: "US", "USA", "U.S.", "UK"."""
    return _key(name).replace(".", "") in _CODES_ALONE


def is_code(name: str) -> bool:
    """Whether a name is short enough to be a code: "TX", "NYC", "U.S."."""
    return len(_key(name).replace(".", "")) <= MAX_CODE_LETTERS


def _short_town(name: str) -> bool:
    """A three-letter town written as a name, that is no word: "Fes", "Ulm", "Zug" (not "Bar", "the")."""
    word = name.strip()
    shaped = len(word) == MAX_CODE_LETTERS and word.istitle() and word.isalpha()
    return shaped and not ordinary_word(word) and not is_common_word(word)


@lru_cache(maxsize=4096)
def _kinds(name: str) -> frozenset[str]:
    """The kinds of place one name is: city, country, region (a state), continent; REGIONS are regions.
    A code counts only in capitals: "la", "in" and "de" are words."""
    key = _key(name)
    if key in REGIONS or key in METROS:
        return frozenset({"continent" if key in REGIONS else "city"})
    if is_code(name) and not name.strip(" .").isupper() and not _short_town(name):
        return frozenset()
    return frozenset(place_kinds(key.removeprefix("the ")))


def cued_place(name: str) -> bool:
    """A known place, or after a cue ("Basé à Pau", "based in Ulm") a capitalised three-letter city,
    which alone is read as a code ("Inc" in "Acme, Inc" names no place)."""
    if known_place(name):
        return True
    short = len(_key(name)) == MAX_CODE_LETTERS and name.strip(" .").istitle()
    return short and "city" in place_kinds(_key(name))


@lru_cache(maxsize=4096)
def known_place(name: str) -> bool:
    """Whether one name (no commas) is a known city, country, state or region; a code only when it
    names a city ("SF", "NYC") or is one of a few countries' ("US", "UK")."""
    kinds = _kinds(name)
    if is_code(name) and _key(name).replace(".", "") not in _CODES_ALONE:
        # "(SAP)" names the skill, not San Pedro Sula, whose airport code it is; "CAN" is still Canada
        return "city" in kinds and not (kinds == {"city"} and canonical_name(name) is not None)
    return bool(kinds)


def another_name_of_a_skill(name: str) -> bool:
    """A technology's name that is only another name of a town: "Akka" is the Scala toolkit before it
    is Acre, Israel ("Scala developer with Akka and Cats, remote"); "Phoenix" is still Phoenix."""
    if canonical_name(name) is None or "city" not in _kinds(name) or is_wide(name):
        return False  # "CAN" is Canada before the CAN bus
    city = city_name(name)
    return city is not None and fold(city) != fold(name)


def is_area(name: str) -> bool:
    """A state, country or region: the part after a city in "Austin, TX" or "Berlin, Germany"."""
    return bool(_kinds(name) & _AREA_KINDS)


def in_country(city: str, name: str) -> bool:
    """Whether `name` is a country that has a city called `city`: "Aix-en-Provence" is in "France"."""
    code = country_code(name) if "country" in _kinds(name) else None
    return code is not None and code in countries_of(city.split(",")[0], "city")


def in_state(city: str, name: str) -> bool:
    """Whether a US city of this name lies in the state `name`: "Brooklyn", "New York"; "Portland",
    "Oregon" (the data gives only US cities their state)."""
    return bool(states_of(city, "city") & states_of(name, "region"))


def a_state_of(city: str, name: str) -> bool:
    """Whether `name` after `city` is a state of the city's country and no city there: "Toronto,
    Ontario" (the Californian Ontario is in another country), not "Karlsruhe, Münster" (two cities)."""
    home = countries_of(city, "city")
    return bool(home & countries_of(name, "region")) and not home & countries_of(name, "city")


def apart(city: str, name: str) -> bool:
    """Whether a known city and a place named after it lie in no common country, or a big city and a
    state it is not in: "San Francisco, Berlin" and "Los Angeles, New York" name two cities; "Brooklyn,
    New York" a city in its state, and so does "Troy, New York" (the data lacks most towns under 50,000
    people: Troy, MI is no reason to split)."""
    home = countries_of(city, "city")
    there = countries_of(name, "region") | countries_of(name, "city")
    if bool(home) and bool(there) and not home & there and not in_country(city, name):  # "Cairo, Egypt"
        return True
    if is_code(name) or city_population(city) < BIG_CITY:
        return False  # "Troy, NY": a code after a comma is the state
    # a state of a country the city lies in, and not the city's own (`in_state`)
    countries = {country for country, _ in states_of(city, "city")}
    named = any(country in countries for country, _ in states_of(name, "region"))
    return named and not in_state(city, name)


BIG_CITY: Final = 500_000  # a town elsewhere named after such a city is rarely written with its state
SUBURB_KM: Final = 25.0  # "Muttenz, Basel" (6 km), "Tres Cantos, Madrid" (22 km): the town in its city's area
TOWN: Final = 50_000  # a suburb is smaller than this, and its city ten times bigger at least
CITY_TO_TOWN: Final = 10


def suburb_of(town: str, city: str) -> bool:
    """Whether a small town lies beside a far bigger city: "Muttenz, Basel", "Tres Cantos, Madrid",
    "Soho, London" name one place, the town in its city's area; "Palo Alto, San Francisco" (two
    cities of their own, 50 km apart) and "Oakland, San Francisco" (a city of 400,000) do not."""
    if not (is_city(town) and is_city(city)):
        return False
    small, big = city_population(town), city_population(city)
    if not small or small >= TOWN or big < CITY_TO_TOWN * small:
        return False
    here, there = resolve(town), resolve(city)
    distance = here.km_to(there) if here is not None and there is not None else None
    return distance is not None and distance <= SUBURB_KM


def is_continent(name: str) -> bool:
    """A continent or a region of countries ("Europe", "EMEA", "LATAM"): it never qualifies a city."""
    return "continent" in _kinds(name)


def is_wide(name: str) -> bool:
    """A country or a region of countries ("Germany", "EMEA"): nothing joins after it."""
    return bool(_kinds(name) & _WIDE_KINDS)


def is_state(name: str) -> bool:
    """A state's code in capitals ("TX", "QC"): a place in a header field of codes ("TX & CA")."""
    return is_code(name) and "region" in _kinds(name)


_CITY_CODES: Final = frozenset({"NY", "DC", "SF", "NYC"})
MIN_STATE_RUN: Final = 3  # "Austin, TX" and "New York, NY" are a city and its state


def a_state_run(codes: list[str]) -> bool:
    """Three or more states' codes and nothing else: "VA, PA, FL", not "Austin, TX"."""
    return len(codes) >= MIN_STATE_RUN and all(map(is_state, codes))


def spelled_states(codes: list[str]) -> list[str] | None:
    """The states' names of a run of three or more codes of one country's states ("CA, FL, TX" ->
    California, Florida, Texas), or None: a run that mixes countries ("AR, CO, PE": Argentina, Colombia,
    Peru), or holds "LA" beside "NY" or "DC" (Los Angeles there: "NY, LA, DC"), is left as written."""
    cities = "LA" in codes and not _CITY_CODES.isdisjoint(codes)
    if cities or not a_state_run(codes):
        return None
    shared = frozenset.intersection(*(countries_of(code, "region") for code in codes))
    return [region_name(code) or code for code in codes] if shared else None


# "senior python dev in london": a one-line request typed in lower case names its town so
_LOWER_PLACE: Final = re.compile(
    # the role or the work mode right before: "python dev in london", "remote from spain", "based in lyon"
    r"(?:\b(?:dev|devs|developer|engineer|programmer|architect|designer|role|job|position|based|located"
    r"|remote|hybrid|onsite|on-site|office|desarrollador|développeur|entwickler)\s(?:\w+\s)?|,\s)"
    r"(?:in|en|à|bei)\s([a-zà-ÿ]{3,20}(?:(?:[ -]|,\s)[a-zà-ÿ]{2,20}){0,6})\b"
)
# "in berlin or munich": the towns listed after the first (the separators are kept by split)
_LISTED: Final = re.compile(r"(,\s|\s(?:or|and|y|o|ou|et|oder|und)\s)")


def capitalised_places(text: str) -> str:
    """A one-line text with the towns written in lower case after the role or work mode capitalised ("python
    dev in london" -> "… in London", "in berlin or munich" -> "in Berlin or Munich"), so the title and
    location passes read them as written names. Only a known place that is no ordinary word ("in reading")
    and no technology ("in java") is; other text (a customer "in india") is unchanged."""
    if "\n" in text.strip():
        return text
    return _LOWER_PLACE.sub(_capitalised, text)


def _capitalised(found: re.Match[str]) -> str:
    """The match with each listed town capitalised, up to the first item that is none."""
    pieces = _LISTED.split(found.group(1))  # items and separators in turn
    for index in range(0, len(pieces), 2):
        town = _town(pieces[index])
        if town is None:
            break
        pieces[index] = town
    head = found.group(0)[: found.start(1) - found.start()]
    return head + "".join(pieces)


def _town(words: str) -> str | None:
    """ "salt lake city" -> "Salt Lake City", "berlin with" -> "Berlin with"; None when it names no town."""
    split = words.split()
    if not split or split[0] == "the":
        return None  # "in the uk": a code's country, best left as typed
    for count in range(len(split), 0, -1):
        name = " ".join(split[:count])
        named = name.title()
        if is_place(named) and not a_word_too(named) and canonical_name(named) is None:
            return named + words[len(name) :]
    return None


def is_city(name: str) -> bool:
    return "city" in _kinds(name)


def same_city(first: str, second: str) -> bool:
    """Whether two names are one city: "New York" and "NY", "München" and "Munich"."""
    return is_city(first) and is_city(second) and city_name(_key(first)) == city_name(_key(second))


_BRACKETS: Final = frozenset("[]{}")  # "[Leadership] Engineering Manager": a tag, no town


def _proper_name(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 4 and all(
        (w[:1].isupper() and not _BRACKETS.intersection(w)) or w in ("de", "del", "la", "am", "an", "sur")
        for w in words
    )


def a_word_too(name: str) -> bool:
    """Whether a place's name is also an ordinary word, "the" aside: "Mission", "The Opportunity"; or only
    a town's (under TOWN people: "Behat", "Perry", "Thomson" are tools, companies and surnames far more
    often than the towns), which like a word counts alone only where the text says it is a place."""
    key = _key(name).removeprefix("the ")
    town = key not in METROS and _kinds(name) == {"city"} and 0 < city_population(key) < TOWN
    return ordinary_word(key) or town


def _alone(name: str) -> bool:
    """A place named alone: known, and not an ordinary word ("Mission", "Reading")."""
    return known_place(name) and (is_wide(name) or not a_word_too(name))


def _city_and_metro(name: str) -> bool:
    """ "SF Bay Area": a city's name or code before the metro area it is in."""
    words = name.split()
    return len(words) >= 3 and _key(" ".join(words[-2:])) in METROS and known_place(" ".join(words[:-2]))


def _words_before_a_code(first: str, last: str) -> bool:
    """Whether an unknown first part is words, not a town, before a code that names a place too."""
    if len(_key(last)) == MAX_CODE_LETTERS or is_code(first):
        return True  # "Eng, GTM", "YC, CI": after an unknown word or initials, capitals are words too
    if canonical_name(first):
        return True  # "Elixir, React, ML": a stack, though "ML" is Mali's code
    words = first.split()
    # "Senior Software Engineer, AI": ordinary words before a code ("AI" is Anguilla's)
    return len(last) == 2 and len(words) >= 3 and all(is_common_word(w) for w in words)


def _own_region(parts: list[str]) -> bool:
    """ "BC, Canada", "NSW, Australia": a region's code before its own country."""
    if len(parts) != 2 or not is_state(parts[0]) or "country" not in _kinds(parts[1]):
        return False
    return country_code(parts[1]) in countries_of(parts[0], "region")


def is_place(text: str) -> bool:
    """Whether `text` names a known place: "Berlin", "Berlin, Germany", "Austin, TX", "EU".

    "Kempten, Germany" is a place too when its last part is a known country or region, even if the
    city is too small for the gazetteer; "Reading" is a place only as "Reading, UK".
    """
    parts = [part.strip(" .") for part in text.split(",")]
    if len(parts) == 1:
        return _alone(parts[0]) or _city_and_metro(parts[0])
    if len(parts[-1]) == 2 and parts[-1].istitle():
        parts[-1] = parts[-1].upper()  # "Redmond, Wa"
    if not (is_area(parts[-1]) or known_place(parts[-1])):
        return False
    if not known_place(parts[0]) and _words_before_a_code(parts[0], parts[-1]) and not _own_region(parts):
        return False
    # Middle parts ("Providencia, RM, Chile") may be districts or codes the gazetteer does not have.
    if not all(is_area(part) or known_place(part) or _proper_name(part) for part in parts[1:-1]):
        return False
    return known_place(parts[0]) or _proper_name(parts[0])


# German towns abbreviate the river or region in their name: "Frankfurt a.M.", "Frankfurt a. Main",
# "Freiburg i. Br.".
_ABBREVIATED: Final = {"a.m.": " am Main", "a.main": " am Main", "i.br.": " im Breisgau"}
_ABBREVIATION = re.compile(r"(?<=\w) (a\.\s?M\.|a\.\s?Main\b|i\.\s?Br\.)")


def spelled_out(text: str) -> str:
    """Place names with their abbreviations written out: "Frankfurt a.M." -> "Frankfurt am Main"."""
    if "." not in text:
        return text
    return _ABBREVIATION.sub(lambda m: _ABBREVIATED[m.group(1).replace(" ", "").lower()], text)


_AROUND = re.compile(r"\s(?:(?:(?:metropolitan|metro)\s)?area|region)$")
_AROUND_BEFORE = re.compile(r"^(?:greater|gro(?:ss|ß)raum|raum)\s(?=\w)")
_STATE_AFTER = re.compile(r"(?<=\w{3})\s([a-z]{2})$")


def city_key(name: str) -> str:
    """One key per place, whatever the spelling: "München" and "Munich" -> "munich", "NYC" and "New York"
    -> "new york city". A country keeps its own name ("México" is not Mexico City)."""
    key = fold(spelled_out(name)).removeprefix("the ")
    key = _SAME_PLACE.get(key, key)
    if key not in METROS:  # "Greater London", "Toronto Area", "NYC metro area", "Raum Stuttgart"
        key = _AROUND.sub("", _AROUND_BEFORE.sub("", key)) or key
    state = _STATE_AFTER.search(key)
    if state and is_state(state.group(1).upper()) and is_city(key[: state.start()]):
        key = key[: state.start()]  # "Cleveland OH": the city, its state's code written without a comma
    if key in REGIONS or key in METROS or "country" in place_kinds(key):
        return key
    city = city_name(key) or region_name(key)  # "BC" and "British Columbia" are one region
    return fold(city) if city else key


def place_identity(name: str) -> str:
    """One key per place, to drop a place named twice: a country by its code ("US", "USA" and "United
    States" -> "country:US"), any other place by `city_key`."""
    if "," not in name and is_code(name) and (city := short_city_name(name)):
        return city_key(city)  # "LA" is Los Angeles, not Laos: postings write the city so
    code = country_code(_key(name)) if "," not in name and "country" in _kinds(name) else None
    return f"country:{code}" if code else city_key(name)


# Prices in euros place a posting in the EU (the euro's members, near enough: the namesakes that compete
# are Valencia in Venezuela, Córdoba in Argentina, Laval in Canada).
_EURO: Final = re.compile(r"€|\bEUR\b")


def placed_by_context(locations: list[str], text: str) -> list[str]:
    """The locations, a city several countries have ("Valencia", "Laval", "San Mateo") given the country
    the posting points to when that is not the biggest namesake's: "Valencia" -> "Valencia, ES" beside
    "Madrid", in a posting naming España, or one priced in euros. The pointers: the countries of the
    other locations, the countries the text names (by any name the data gives them), the euro."""
    namesakes = {place: namesake_countries(place) for place in locations if "," not in place}
    bare = {place: countries for place, countries in namesakes.items() if len(countries) > 1}
    if not bare:
        return locations  # most postings: no place to weigh
    words = f" {' '.join(_NOT_A_WORD.sub(' ', fold(text)).split())} "
    placed = {
        place: f"{place}, {_qualifier(code)}"
        for place, countries in bare.items()
        if (code := _pointed_country(countries, [p for p in locations if p != place], words, text))
    }
    return [placed.get(place, place) for place in locations]


def _qualifier(code: str) -> str:
    """How a placed city names its country: by its code ("Valencia, ES"), or by its name where the code
    is also a US state's ("Kingston, Canada", not "Kingston, CA")."""
    return (country_name(code) or code) if is_state(code) else code


_NOT_A_WORD: Final = re.compile(r"[^\w']+")
_CODE: Final = re.compile(r"\b[A-Z]{2,3}\b")


# How big a namesake must be, beside the biggest, for each pointer to place the city there: a country the
# text names may point to a town a tenth the size ("Laval, France" beside Laval, Québec; not "San
# Francisco" to Argentina's town for a posting that names Argentina), the other locations only to a city
# near the biggest's size ("San Mateo" beside Palo Alto; a list of world offices "SF, Dublin" keeps
# Dublin in Ireland). A price in euros points to the namesake in the EU of any size (a trial's "Mérida"
# with a salary in euros, a twentieth of Mexico's Mérida, was read in Mexico).
MIN_SHARE_NAMED: Final = 0.1
MIN_SHARE_LISTED: Final = 0.4


def _pointed_country(countries: dict[str, int], others: list[str], words: str, text: str) -> str | None:
    """The country of a place's namesakes (`countries`: its `namesake_countries`) the posting points to
    (`placed_by_context`), when it is not the biggest namesake's; `words`: the text folded, one space
    between words and at both ends."""
    biggest = max(countries.values())
    listed = {found.country for other in others if (found := resolve(other)) and found.country}
    # a code in capitals ("UK", "USA") names the biggest namesake's country too: never a smaller one's
    # ("IT" is seldom Italy)
    coded = {country_code(token) for token in set(_CODE.findall(text))}
    priced_in_euros = _EURO.search(text) is not None
    for country, people in countries.items():
        named = any(f" {spelling} " in words for spelling in country_spellings(country)) or (
            people == biggest and country in coded
        )
        euro = priced_in_euros and country in resolve_region("EU")
        if (
            (country in listed and people >= MIN_SHARE_LISTED * biggest)
            or (named and people >= MIN_SHARE_NAMED * biggest)
            or euro
        ):
            return None if people == biggest else country
    return None
