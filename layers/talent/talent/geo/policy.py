"""Where a role lets the hire work, and how well a candidate's public location fits it.

A sourcer reads the posting's policy before anyone's profile:

- anywhere: a remote role that names no place and no time zones: location is not scored;
- city: an onsite or hybrid role in named cities ("Szczecin", "Berlin or Lisbon"): people there, or
  within commuting distance, fit; the same country fits partly (a move within it); elsewhere only
  when the role offers relocation or a visa;
- region: a remote role limited to countries or continents ("US only", "anywhere in Europe"):
  people in them fit, elsewhere not. A remote role that names only cities names its offices, not a
  limit: it is remote anywhere;
- a time-zone band ("European time zones", "UTC-3 to UTC+3") limits either of the above.

A profile without a location is neither in nor out: it gets a middle value and says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final, Literal, TypedDict

from talent.geo.places import (
    Place,
    business_region,
    countries_of,
    country_zones,
    offset_only,
    resolve,
    resolve_region,
)
from talent.geo.terms import move_offered
from talent.models import JobRequirement, TimeZoneBand

PolicyKind = Literal["anywhere", "city", "region", "unscored"]

COMMUTE_KM: Final = 60.0  # within this of the role's city: commuting distance
IN_PLACE: Final = 1.0
COMMUTE: Final = 0.9
SAME_COUNTRY: Final = 0.5  # a move within the country
RELOCATION_AGREED: Final = 0.7  # elsewhere, open to relocation, and the role offers relocation or a visa
RELOCATION_OFFERED: Final = 0.25  # elsewhere, the role offers relocation or a visa, the profile is silent
RELOCATION_WANTED: Final = 0.2  # elsewhere, the profile says "open to relocation", none offered
UNKNOWN: Final = 0.4  # no usable location on the profile
NEAR_BAND_H: Final = 2.0  # hours outside the band that still overlap most of a working day
NEAR_BAND: Final = 0.5
SUMMER_TIME_H: Final = 1.0  # a stated offset may be summer time: an hour past a country's standard zones
_WANTS_TO_MOVE: Final = re.compile(r"relocat\w*|open to (?:move|moving)|willing to move", re.IGNORECASE)
# Where the wish to move goes, right after it: "Relocating to Spain", "relocate within the EU", "(NL/ES)"
# "Not open to relocation", "won't relocate", "No relocation"; not "No problem relocating", "Not afraid to …"
_NOT_MOVING: Final = re.compile(
    r"(?:\bnot\s(?:currently\s)?(?:open|willing|interested|looking|available)\s(?:to|in|for)\s|\bunwilling\sto\s"
    r"|\bwon't\s|\bdon't\s(?:want\s)?(?:to\s)?|\bno\s)$",
    re.IGNORECASE,
)
_ARTICLE: Final = re.compile(r"\bthe\s", re.IGNORECASE)  # "Europe or the US": two letters alone are a code
_MOVE_TARGET: Final = re.compile(r"\s?(?:to|within|in|into|\()\s?(?:the\s)?([A-Z][\w ,/&-]{1,60})")


@dataclass(frozen=True, slots=True)
class Fit:
    value: float  # 0-1
    explanation: str
    # Known to live outside the role's cities or region, with no relocation on offer or wanted: the
    # ranking caps them and drafts nobody so (a time-zone band alone never sets it: bands are read from
    # free text, and an hour or two is a matter of degree)
    outside: bool = False


@dataclass(frozen=True)
class LocationPolicy:
    """Built once per requirement by `location_policy`; `fit` is called per candidate (cached)."""

    kind: PolicyKind
    described: str  # "onsite/hybrid in Szczecin, PL", "remote within US", "remote anywhere"
    cities: tuple[Place, ...] = ()
    countries: frozenset[str] = frozenset()
    band: TimeZoneBand | None = None
    relocation: bool | None = None  # relocation or a visa offered (`terms.move_offered`)
    relocation_from: frozenset[str] = frozenset()  # ISO codes the offer is limited to; empty: anyone
    _fits: dict[tuple[str | None, str | None], Fit] = field(default_factory=dict, compare=False)

    @property
    def area(self) -> str:
        """Where the role may be done, for an explanation: "the role's area (remote within US)"."""
        return f"the role's area ({self.described})"

    @property
    def unscored_reason(self) -> str:
        """Why location is not scored: "the role is remote anywhere", "the posting gives no location"."""
        return f"the role is {self.described}" if self.kind == "anywhere" else "the posting gives no location"

    @property
    def scored(self) -> bool:
        return self.kind in {"city", "region"} or self.band is not None

    def fit(self, location: str | None, bio: str | None = None) -> Fit:
        """How well a profile's location fits (0-1) and why, in one sentence."""
        key = (location, bio)
        if (known := self._fits.get(key)) is None:
            known = self._fits[key] = self._fit(location, bio)
        return known

    def _fit(self, location: str | None, bio: str | None) -> Fit:
        place = resolve(location)
        fits = []
        if self.kind == "city":
            fits.append(self._city_fit(place, location, _moves_into(bio, self._city_countries)))
        elif self.kind == "region":
            fits.append(self._region_fit(place, location, _moves_into(bio, set(self.countries))))
        if self.band is not None:
            fits.append(self._band_fit(place, location))
        worst = min(fits, key=lambda f: f.value)
        return Fit(worst.value, " ".join(f.explanation for f in fits), any(f.outside for f in fits))

    @property
    def _city_countries(self) -> set[str]:
        return {city.country for city in self.cities if city.country}

    def _city_fit(self, place: Place | None, location: str | None, wants_to_move: bool) -> Fit:
        if _offset_outside(place, location, self._city_countries):
            return self._elsewhere(place, location, wants_to_move)
        if place is None or place.country is None:
            return Fit(
                UNKNOWN, f"Location {_said(location)}: cannot tell whether they are near {self.described}."
            )
        for city in self.cities:
            if place.city and place.city == city.city and place.country == city.country:
                return Fit(IN_PLACE, f'Lives in {city.label()} ("{location}"), the role\'s city.')
            distance = place.km_to(city)
            if distance is not None and distance <= COMMUTE_KM:
                return Fit(
                    COMMUTE, f'"{location}" is {distance:.0f} km from {city.label()}: commuting distance.'
                )
        if place.country in self._city_countries:
            return Fit(SAME_COUNTRY, f'"{location}" is in {place.country}, not near {self.described}.')
        if (namesake := _namesake_in(location, self._city_countries)) is not None:
            return namesake
        return self._elsewhere(place, location, wants_to_move)

    def _region_fit(self, place: Place | None, location: str | None, wants_to_move: bool) -> Fit:
        if _offset_outside(place, location, set(self.countries)):
            return self._elsewhere(place, location, wants_to_move)
        if place is None or place.country is None:
            return Fit(UNKNOWN, f"Location {_said(location)}: cannot tell whether they are {self.described}.")
        if place.country in self.countries:
            return Fit(IN_PLACE, f'"{location}" is in {place.country}: the role is {self.described}.')
        if (namesake := _namesake_in(location, set(self.countries))) is not None:
            return namesake
        return self._elsewhere(place, location, wants_to_move)

    def offers_relocation_to(self, place: Place | None) -> bool:
        """Whether the role's relocation or visa offer is open to someone living at `place`: to anyone
        when it names no area, else only to someone known to live in it."""
        if not self.relocation:
            return False
        return not self.relocation_from or (place is not None and place.country in self.relocation_from)

    def _elsewhere(self, place: Place | None, location: str | None, wants_to_move: bool) -> Fit:
        if not self.offers_relocation_to(place):
            return self._not_offered(location, wants_to_move)
        if wants_to_move:
            return Fit(
                RELOCATION_AGREED,
                f'"{location}" is outside {self.area}; the role offers relocation and the profile'
                " is open to it.",
            )
        return Fit(RELOCATION_OFFERED, f'"{location}" is outside {self.area}; the role offers relocation.')

    def _not_offered(self, location: str | None, wants_to_move: bool) -> Fit:
        """Elsewhere with no relocation offered to them: ruled out, not mentioned, or offered only to
        people from another area (then as if not mentioned)."""
        if wants_to_move and self.relocation is not False:
            return Fit(
                RELOCATION_WANTED,
                f'"{location}" is outside {self.area}; the profile is open to relocation.',
            )
        limited = (
            f"; the role offers relocation only from {_listed(self.relocation_from)}"
            if self.relocation
            else ""
        )
        return Fit(0.0, f'"{location}" is outside {self.area}{limited}.', outside=True)

    def _band_fit(self, place: Place | None, location: str | None) -> Fit:
        assert self.band is not None
        band = f"UTC{self.band.earliest:+g} to UTC{self.band.latest:+g}"
        offset = place.utc_offset if place else None
        if offset is None:
            where = (
                f'The time zone of "{location}" is'
                if location
                else "No location on the profile: the time zone is"
            )
            return Fit(UNKNOWN, f"{where} unknown; the role works within {band}.")
        outside = max(self.band.earliest - offset, offset - self.band.latest, 0.0)
        if outside == 0:
            return Fit(IN_PLACE, f"UTC{offset:+g} is within the role's {band}.")
        value = NEAR_BAND if outside <= NEAR_BAND_H else 0.0
        return Fit(value, f"UTC{offset:+g} is {outside:g} h outside the role's {band}.")


def _offset_outside(place: Place | None, location: str | None, countries: set[str]) -> bool:
    """A profile whose location is a UTC offset alone ("UTC+1", `places.offset_only`) that no city of the
    role's countries has, summer time allowed (`SUMMER_TIME_H`): it is known to be elsewhere, as "Berlin"
    would be for a US-only role. Not a range or a note ("UTC-5 to UTC+1", "working US hours (UTC-5)"). A
    code the data has no city for (a retired one such as "CS") is left out; with none known, never."""
    if place is None or place.utc_offset is None or not offset_only(location):
        return False
    zones = [zone for zone in map(country_zones, countries) if zone is not None]
    offset = place.utc_offset
    return bool(zones) and not any(
        low - SUMMER_TIME_H <= offset <= high + SUMMER_TIME_H for low, high in zones
    )


def _namesake_in(location: str | None, countries: set[str]) -> Fit | None:
    """A bare name that the gazetteer reads as a place elsewhere but that also names a city or region in
    the role's countries ("Portland", "Hanover", "Valencia"): neither in nor out."""
    if not location or "," in location:
        return None
    name = location.strip()
    inside = (countries_of(name, "city") | countries_of(name, "region")) & countries
    if not inside:
        return None
    return Fit(
        UNKNOWN,
        f'"{location}" is also the name of a place in {", ".join(sorted(inside))}: cannot tell whether '
        "they are in the role's area.",
    )


def _moves_into(bio: str | None, countries: set[str]) -> bool:
    """Whether the profile is open to moving into one of `countries` (ISO codes): "open to relocation"
    says so for anywhere, "Relocating to Spain" or "Open to relocation (NL/ES)" only for those places."""
    bio = bio or ""
    for wish in _WANTS_TO_MOVE.finditer(bio):
        if _NOT_MOVING.search(bio, max(0, wish.start() - 20), wish.start()):
            continue  # "Not open to relocation"
        named = _MOVE_TARGET.match(bio, wish.end())
        targets = _destinations(named.group(1)) if named else set()
        if not targets or targets & countries:
            return True
    return False


_DESTINATIONS = re.compile(r"\s?(?:,|/|&|\bor\b|\band\b)\s?", re.IGNORECASE)


# Where a destination's name ends: when ("London in 2026", "NYC by summer", "Spain soon", "Lisbon next
# year", "Berlin, spring 2027"); a season or month only before a year or at the end ("Spring, TX" is a town)
_WHEN: Final = re.compile(
    r"\s(?:in|by|this|next|from|after|before|around|during|early|late|mid|soon|asap)\b"
    r"|(?:^|,?\s)(?:spring|summer|fall|autumn|winter|january|february|march|april|may|june|july|august"
    r"|september|october|november|december)\b(?=\s?(?:\d|$))|\s\d",
    re.IGNORECASE,
)


def _destinations(text: str) -> set[str]:
    """The countries a wish to move names: "Berlin or London" -> {"DE", "GB"}, "the Bay Area" -> {"US"},
    "London in 2026" -> {"GB"}, "Portland Oregon" -> {"US"} (a place and its state or country)."""
    named = _WHEN.split(_ARTICLE.sub("", text), maxsplit=1)[0]
    town = resolve(named) if "," in named else None
    if town is not None and town.region and town.country:
        return {town.country}  # "Cambridge, MA", "Paris, Texas": a town and its state, not two places
    found: set[str] = set()
    for part in _DESTINATIONS.split(named):
        found |= _countries_named(part) or _with_its_area(part.split())
    return found


def _countries_named(text: str) -> set[str]:
    place = resolve(text) if text.strip() else None
    return {place.country} if place and place.country else resolve_region(text)


def _with_its_area(words: list[str]) -> set[str]:
    """ "Cambridge MA", "Dublin Ohio", "London Ontario": a town and its state or country without the
    comma, read with it (the town alone would be the best-known of its name)."""
    for split in range(len(words) - 1, 0, -1):
        if countries := _countries_named(f"{' '.join(words[:split])}, {' '.join(words[split:])}"):
            return countries
    return set()


def _said(location: str | None) -> str:
    return f'"{location}"' if location else "not on the profile"


def _names_a_region(locations: list[str]) -> bool:
    """Whether a location that is no city names countries: "EU", "Remote (EMEA)", "Remote within the EU"
    beside the offices' cities ("Berln", a typo, names none)."""
    return any(
        resolve_region(text)
        for text in locations
        if not ((found := resolve(text)) is not None and found.city)
    )


def unread_places(locations: list[str], policy: LocationPolicy) -> list[str]:
    """The `locations` that `policy` (built from them by `location_policy`) leaves out: a name no place
    or region is known by (a typo, a name the data lacks, one several places share, a time zone alone),
    unless one of a run of US states; beside a city policy's cities, whatever is no city: the cities
    decide where the hire works; and a remote-anywhere role's cities, which are offices a remote hire may
    use, not a limit (a new user's `{"locations": ["Lyon"], "remote": "remote"}` read "remote anywhere"
    and named nothing left out). POST /jd/parse shows them."""
    states = set(us_states(locations))  # "Florida, Georgia, Texas": the US, though each alone is ambiguous
    left_out = []
    for text in locations:
        region = text in states or business_region(text) is not None
        found = None if region else resolve(text)  # each place resolved once
        read = (
            region
            or bool(resolve_region(text))
            or (found is not None and bool(found.country or found.continent))
        )
        if (
            not read
            or (policy.kind == "city" and (found is None or found.city is None))
            or (policy.kind == "anywhere" and found is not None and found.city is not None)
        ):
            left_out.append(text)
    return left_out


def _region(requirement: JobRequirement, band: TimeZoneBand | None, offer: _Offer) -> LocationPolicy | None:
    # "AZ, CA, CO, GA": Arizona to Georgia, not Azerbaijan to Gabon (beside other places too: "… or Canada")
    states = us_states(requirement.locations)
    others = [text for text in requirement.locations if text not in states]
    countries = frozenset({"US"} if states else set()) | {c for text in others for c in resolve_region(text)}
    if not countries:
        return None
    # "remote within DE, PL", "remote within Europe" (as written: "remote within 54 countries" read oddly)
    named = ", ".join(sorted(countries)) if len(countries) <= 6 else " or ".join(requirement.locations)
    mode = "remote" if requirement.remote == "remote" else "working"
    return LocationPolicy("region", f"{mode} within {named}", (), countries, band, **offer)


class _Offer(TypedDict):
    relocation: bool | None
    relocation_from: frozenset[str]


def _offer_area(requirement: JobRequirement) -> frozenset[str]:
    """The ISO codes of the countries the requirement's relocation offer is limited to (`relocation_from`:
    "EU" is its members); empty: open to anyone, or no area read."""
    return frozenset(code for area in requirement.relocation_from for code in resolve_region(area))


def _listed(codes: frozenset[str]) -> str:
    return ", ".join(sorted(codes)) if len(codes) <= MAX_NAMED_COUNTRIES else f"{len(codes)} countries"


MAX_NAMED_COUNTRIES: Final = 6  # "within DE, PL": more read oddly


MIN_STATES: Final = 3  # parse_jd reads a run of three or more states' codes (where.state_code_run)


def us_states(locations: list[str]) -> list[str]:
    """The locations that are a run of three or more US states, by code or name ("AZ", "CA", "CO", "GA";
    "Arizona, …, Georgia, …" after "hiring in the following states:"), which read alone may be countries
    too (Azerbaijan, Canada, Colombia, Gabon, Georgia), or []."""
    states = [place for place in locations if "US" in countries_of(place, "region")]
    return states if len(states) >= MIN_STATES else []


def location_policy(requirement: JobRequirement) -> LocationPolicy:
    """The role's location policy (see the module docstring) from its remote policy, locations, time-zone
    band and relocation offer."""
    band, relocation = (
        requirement.utc_band,
        move_offered(requirement.relocation, requirement.visa_sponsorship),
    )
    offer = _Offer(relocation=relocation, relocation_from=_offer_area(requirement))
    # a business region is no town ("APAC" is also one in Uganda): `_region` reads it
    named = [text for text in requirement.locations if business_region(text) is None]
    # a time zone alone ("UTC+1") is no place: the band says it (`utc_band`)
    places = [p for p in map(resolve, named) if p is not None and (p.country or p.continent)]
    cities = tuple(p for p in places if p.city)
    remote = requirement.remote == "remote"
    onsite = requirement.remote in {"onsite", "hybrid"} or (requirement.remote is None and bool(cities))
    anywhere = LocationPolicy("anywhere", "remote anywhere", band=band, **offer)
    if onsite and cities:
        names = " or ".join(c.label() for c in cities)
        return LocationPolicy("city", f"onsite/hybrid in {names}", cities, frozenset(), band, **offer)
    if remote and cities and not _names_a_region(requirement.locations):
        return anywhere  # "Dublin, Berlin or remote": offices a remote hire may use, not a limit
    # beside a region ("Berlin or remote within the EU", "Amsterdam, Berlin, Remote (EMEA)") the cities are
    # offices in it: the region limits the role
    region = _region(requirement, band, offer)
    if region is not None:
        return region
    return anywhere if remote else LocationPolicy("unscored", "no location given", band=band, **offer)
