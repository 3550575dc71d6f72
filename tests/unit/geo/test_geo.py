"""talent.geo: reading free-text locations, a posting's location terms, and the location policy."""

from __future__ import annotations

from pathlib import Path

import pytest

from talent.geo import resolve, resolve_region
from talent.geo.places import business_region, place_kinds, without_country_code
from talent.geo.policy import location_policy, unread_places
from talent.geo.terms import move_offered, relocation, relocation_from, utc_band, visa_sponsorship
from talent.models import JobRequirement, RemotePolicy


@pytest.mark.parametrize(
    ("text", "country", "city"),
    [
        ("Brooklyn, NY", "US", "Brooklyn"),
        ("NYC", "US", "New York City"),
        ("San Francisco, CA", "US", "San Francisco"),  # CA: California here, not Canada
        ("Casablanca, MA", "MA", "Casablanca"),  # MA: Morocco here, not Massachusetts
        ("Cambridge, MA", "US", "Cambridge"),
        ("Cambridge, UK", "GB", "Cambridge"),
        ("München", "DE", "Munich"),
        ("🇵🇱 Szczecin", "PL", "Szczecin"),
        ("Toronto, ON", "CA", "Toronto"),
        ("Bangalore, India", "IN", "Bengaluru"),
        ("Sao Paulo, Brazil", "BR", "São Paulo"),
        ("Greater Seattle Area", "US", "Seattle"),
        ("Deutschland", "DE", None),
        ("UK", "GB", None),
        ("Paris, TX", "US", None),  # a Texan Paris too small for the data: Texas, not France
    ],
)
def test_free_text_locations_resolve_to_a_country_and_city(text: str, country: str, city: str | None) -> None:
    place = resolve(text)
    assert place is not None
    assert (place.country, place.city) == (country, city)


@pytest.mark.parametrize("text", ["Earth", "localhost", "The Internet", "127.0.0.1", "", None])
def test_jokes_and_blanks_are_no_place(text: str | None) -> None:
    assert resolve(text) is None


def test_offsets_and_distances() -> None:
    brooklyn, manhattan = resolve("Brooklyn, NY"), resolve("New York City")
    assert brooklyn
    assert manhattan
    assert (brooklyn.km_to(manhattan) or 0) < 20
    assert brooklyn.utc_offset == -5
    stated = resolve("Remote (UTC+5:30)")
    assert stated is not None
    assert stated.utc_offset == 5.5


def test_regions_are_sets_of_countries() -> None:
    assert resolve_region("United States") == {"US"}
    assert {"DE", "PL", "FR"} <= resolve_region("anywhere in Europe")
    assert "US" not in resolve_region("Europe")
    assert "IN" not in resolve_region("anywhere in Europe")  # "in" is a word here, not India
    assert resolve_region("US") == {"US"}


@pytest.mark.parametrize(
    ("text", "band"),
    [
        ("Remote, within European time zones", (-1, 3)),
        ("Overlap UTC-3 to UTC+3", (-3, 3)),
        ("between GMT-8 and GMT-5", (-8, -5)),
        ("CET ± 2 hours", (-1, 3)),
        ("You must work EST hours", (-8, -2)),
        ("Western Hemisphere time zones only", (-10, -2)),
        ("Remoto, zona horaria UTC-3 a UTC-6.", (-6, -3)),  # a new user's Spanish posting gave none
        ("Télétravail, fuseau horaire UTC+0 à UTC+2", (0, 2)),
        ("100% remote innerhalb Deutschlands, Zeitzone MEZ", (-2, 4)),
        # a review's findings: ordinary words are no zones, and two offsets joined by "and" in French,
        # Spanish or German are two places, not a range
        ("Notre fuseau horaire est UTC+1.", None),
        ("Unsere Zeitzone ist MEZ.", None),
        ("Trabajamos en la zona horaria central europea.", None),
        ("Our teams are in UTC+1 et UTC+9", None),
        ("Standup at 9am UTC+1 y UTC-5", None),
        ("Join us for 40 hours a week", None),  # "us" is no region
        ("No time zone named here", None),
    ],
)
def test_time_zone_bands(text: str, band: tuple[float, float] | None) -> None:
    found = utc_band(text)
    if band is None:
        assert found is None
    else:
        assert found is not None
        assert (found.earliest, found.latest) == band


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        ("We offer visa sponsorship and a relocation package", True),
        ("Relocation support to Bilbao", True),
        ("US only, no visa sponsorship", False),
        # a visa refusal leaves a relocation package standing: people who need no visa may come
        ("We are unable to sponsor visas; relocation package for EU citizens", True),
        ("Flexible hours", None),
        ("Visa Sponsorship: Available for the Netherlands", True),  # a label and its value
        ("Relocation: yes", True),
        ("Visa sponsorship: No", False),
        # refusals in German, French and Spanish (a new user's Munich posting read as offering relocation)
        ("Umzugsunterstützung wird leider nicht angeboten.", False),
        ("Visa-Sponsoring ist leider nicht möglich.", False),
        ("Keine Umzugshilfe.", False),
        ("Wir bieten Umzugsunterstützung.", True),
        ("Umzugshilfe wird angeboten, Homeoffice nicht möglich.", True),
        ("Pas de relocalisation possible.", False),
        ("Nous ne proposons pas de parrainage de visa.", False),
        ("Aide à la relocalisation proposée.", True),
        ("No ofrecemos reubicación ni patrocinio de visado.", False),
        ("Sin patrocinio de visado.", False),
        ("Ofrecemos ayuda con la reubicación.", True),
        ("No podemos patrocinar visados.", False),
        ("Nous ne sponsorisons pas les visas.", False),
        # a second review's: a visa nobody needs, costs the company pays, and two clauses apart
        ("Wir übernehmen deine Umzugskosten. Als EU-Bürger brauchst du kein Visum.", True),
        ("Keine Umzugskosten für dich - wir übernehmen alles, Umzugshilfe inklusive", True),
        ("Umzugspauschale inklusive und Homeoffice nicht möglich", None),
        ("Pas de visa nécessaire pour les citoyens de l'UE ; aide à la relocalisation incluse", True),
        ("Vous pouvez travailler sans visa", None),
        ("Ofrecemos ayuda con la reubicación, sin visado", True),
        ("Trabaja desde tu ciudad, sin reubicación", None),
        # a third review's: refusals the narrowed patterns missed, which the offer words then turned true
        ("Wir übernehmen keine Umzugskosten.", False),
        ("Umzugskosten werden leider nicht übernommen.", False),
        ("Umzugshilfe wird aktuell leider nicht angeboten.", False),
        ("Keine Umzugshilfen, keine Visa.", False),
        ("Kein Visa Sponsoring möglich.", False),
        ("Poste sans relocalisation ni parrainage de visa.", False),
        # a trial's (7 of 22 refusals read as offers, and every draft then promised relocation): an offer's
        # words inside a negated clause, or a label answered no
        ("Eine Umzugsunterstützung können wir leider nicht anbieten.", False),
        ("Umzugsunterstützung: nein", False),
        ("Relocation support is not available for this role.", False),
        ("This role does not include relocation assistance.", False),
        ("Relocation assistance is not provided.", False),
        ("Relocation package: none", False),
        ("Nous ne proposons pas d'aide à la relocalisation.", False),
        # and offers that stay offers beside a negation word elsewhere
        ("Relocation support if not already in Berlin", True),
        ("We offer relocation support, no matter where you live.", True),
        ("Not only a relocation package but also language lessons", True),
    ],
)
def test_relocation_offers(text: str, offered: bool | None) -> None:
    assert move_offered(relocation(text), visa_sponsorship(text)) is offered


@pytest.mark.parametrize(
    ("text", "moving", "visa"),
    [
        # two trials' drafts promised "relocation or visa support" for postings offering one of them
        ("We offer visa sponsorship and a relocation package", True, True),
        ("Relocation support to Bilbao", True, None),
        ("Visa Sponsorship: Available for the Netherlands", None, True),
        ("We are unable to sponsor visas; relocation package for EU citizens", True, False),
        ("We offer relocation support, but we cannot sponsor work visas.", True, False),
        ("No ofrecemos reubicación ni patrocinio de visado.", False, False),
        ("Keine Umzugshilfe.", False, None),
        # an attack review's: the second of a pair an offer names
        ("We offer visa sponsorship and relocation.", True, True),
    ],
)
def test_help_with_moving_and_a_visa_are_read_apart(
    text: str, moving: bool | None, visa: bool | None
) -> None:
    assert (relocation(text), visa_sponsorship(text)) == (moving, visa)


def test_policies() -> None:
    def kind(**fields: object) -> str:
        return location_policy(JobRequirement(title="x", **fields)).kind

    assert kind(remote="remote") == "anywhere"
    assert kind(remote="remote", locations=["United States"]) == "region"
    assert kind(remote="remote", locations=["Dublin", "Berlin"]) == "anywhere"  # offices, not a limit
    # beside a region the cities are offices in it, and the region limits the role (a second review's:
    # "Berlin or remote within the EU" was remote anywhere once "EU" became a union)
    assert kind(remote="remote", locations=["Berlin", "EU"]) == "region"
    assert kind(remote="remote", locations=["Berlin", "EMEA"]) == "region"
    # as a recruiter types them (a third review's): still the region, and "area" is part of the name
    assert kind(remote="remote", locations=["Amsterdam", "Berlin", "Remote (EMEA)"]) == "region"
    assert kind(remote="remote", locations=["Berlin", "Remote within the EU"]) == "region"
    assert (
        "FR"
        in location_policy(
            JobRequirement(title="x", remote="remote", locations=["Berlin", "European Economic Area"])
        ).countries
    )
    assert kind(remote="remote", locations=["Berlin", "Berln"]) == "anywhere"  # a typo names no region
    assert kind(remote="onsite", locations=["Szczecin, Poland"]) == "city"
    assert kind(remote="hybrid", locations=["Netherlands"]) == "region"
    assert kind() == "unscored"


def test_single_names_for_the_jd_parser() -> None:
    from talent.geo.places import city_name, ordinary_word, place_kinds, states_of

    assert place_kinds("München") == {"city"}
    assert place_kinds("Georgia") == {"country", "region"}
    assert place_kinds("Earth") == frozenset()
    assert city_name("NYC") == "New York City"
    assert states_of("Los Angeles", "city") == {("US", "CA")}
    assert states_of("New York", "region") == {("US", "NY")}
    assert states_of("Berlin", "city") == frozenset()  # the data gives only US cities their state
    assert city_name("Deutschland") is None
    assert all(ordinary_word(name) for name in ("Reading", "Mobile", "Central"))
    assert not ordinary_word("Boston")


def test_place_words_are_words_unless_a_big_city_bears_the_name() -> None:
    from talent_local.build_places import place_words

    rows = [
        "city\tReading\t\tGB\t\t0\t318014\t51.4,-0.9",
        "city\tBoston\tBeantown\tUS\tMA\t-5\t653833\t42.3,-71.0",
        "region\tCentral\tCentral Region\tGH\t\t\t0",
        "country\tChina\t\tCN\tAS\t\t1411778724",
    ]
    assert place_words(rows, {"reading", "boston", "central", "china"}) == ["central", "reading"]


@pytest.mark.parametrize(
    ("region", "inside", "outside"),
    [
        ("EMEA", {"DE", "NG", "AE", "IL"}, {"US", "IN", "BR"}),
        ("APAC", {"IN", "JP", "AU", "SG"}, {"DE", "US", "UG"}),
        ("LATAM", {"MX", "BR", "AR", "CR"}, {"US", "CA", "ES"}),
        ("DACH", {"DE", "AT", "CH"}, {"NL"}),
        # how labels and recruiters write them (a review: "European Union" corrected a role to anywhere)
        ("European Union", {"DE", "FR", "PL", "IE"}, {"US", "IN"}),
        # the union's member states, not Europe: a new user's "EU only" role shortlisted London, Zurich,
        # Bergen and Kyiv with full location points and drafts
        ("EU", {"DE", "FR", "GR", "HR", "IE"}, {"GB", "CH", "NO", "UA", "RS", "US"}),
        ("Unión Europea", {"ES", "PT"}, {"GB", "CH"}),
        ("UE", {"FR", "ES"}, {"GB", "CH"}),  # the French and Spanish abbreviation
        ("EU only", {"DE", "FR"}, {"GB", "CH"}),  # typed by a recruiter
        ("European Economic Area", {"DE", "NO"}, {"GB", "CH"}),
        ("EEA", {"DE", "NO", "IS", "LI"}, {"GB", "CH"}),
        ("Europe", {"DE", "GB", "CH", "NO", "UA"}, {"US", "IN"}),
        ("Middle East", {"AE", "IL", "SA"}, {"DE", "IN"}),
        ("Scandinavia", {"DK", "NO", "SE"}, {"FI", "DE"}),
    ],
)
def test_a_business_region_is_its_countries(region: str, inside: set[str], outside: set[str]) -> None:
    """A new-user trial's "Remote (EMEA)" role ranked Brooklyn and Seattle as if remote anywhere; "APAC"
    resolved to a town in Uganda."""
    countries = resolve_region(region)
    assert inside <= countries
    assert not outside & countries
    policy = location_policy(JobRequirement(title="Engineer", remote="remote", locations=[region]))
    named = region if len(countries) > 6 else ", ".join(sorted(countries))  # "AT, CH, DE" for DACH
    assert (policy.kind, policy.area) == ("region", f"the role's area (remote within {named})")


def test_the_unions_members_are_the_shipped_data() -> None:
    """regions.tsv (talent_local.build_regions, from country_converter's data): 27 EU member states since
    2020, and the EEA is them with Iceland, Liechtenstein and Norway; every code is an ISO 3166 country."""
    import pycountry

    eu, eea = business_region("European Union"), business_region("EEA")
    assert eu is not None
    assert eea is not None
    assert len(eu) == 27
    assert "GB" not in eu
    assert eea == eu | {"IS", "LI", "NO"}
    assert all(pycountry.countries.get(alpha_2=code) for code in eea)


def test_the_regions_file_is_built_from_the_sources_columns(tmp_path: Path) -> None:
    import zipfile

    from talent_local.build_regions import DATA_FILE, build

    header = "name_short\tISO3\tEU\tEEA"
    rows = ["Germany\tDEU\tEU\tEEA", "Greece\tGRC\tEU\tEEA", "Norway\tNOR\t\tEEA", "Switzerland\tCHE\t\t"]
    wheel = tmp_path / "country_converter-0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr(DATA_FILE, "\n".join([header, *rows]) + "\n")
    lines = [line for line in build(wheel).splitlines() if not line.startswith("#")]
    assert lines == ["european union\tDE,GR", "european economic area\tDE,GR,NO"]


def test_a_metro_area_is_its_city() -> None:
    # A profile's "Bay Area" was Somalia's Bay region once "Area" was dropped as noise.
    assert resolve("Bay Area") == resolve("San Francisco")
    assert resolve("SF Bay Area").country == "US"  # type: ignore[union-attr]
    assert resolve("Silicon Valley").country == "US"  # type: ignore[union-attr]


def test_a_metro_name_inside_another_place_is_not_that_metro() -> None:
    # a second review's: "Silicon Valley of India" is Bengaluru, "Green Bay Area" Green Bay
    assert resolve("Bangalore (Silicon Valley of India)").country == "IN"  # type: ignore[union-attr]
    assert resolve("Green Bay Area").country == "US"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "country", "city"),
    [
        ("LA", "US", "Los Angeles"),  # not Laos: people write the city so
        ("SF", "US", "San Francisco"),
        ("KL", "MY", "Kuala Lumpur"),
        ("LA, CA", "US", "Los Angeles"),
        ("SF, CA", "US", "San Francisco"),
        ("LA, USA", "US", "Los Angeles"),
        ("Baton Rouge, LA", "US", "Baton Rouge"),  # after a city of its own, LA is Louisiana
        ("Vientiane, LA", "LA", "Vientiane"),  # and beside Laos's capital, Laos
        ("Brooklyn, NY", "US", "Brooklyn"),  # the named city, not the one NY is short for
        ("Remote - LA", "US", "Los Angeles"),
    ],
)
def test_a_big_citys_short_name_is_the_city(text: str, country: str, city: str) -> None:
    place = resolve(text)
    assert place is not None
    assert (place.country, place.city) == (country, city)


@pytest.mark.parametrize(
    ("text", "country", "region"),
    [  # a code that also names the state or country its city lies in is that state or country
        ("NY", "US", "NY"),
        ("Remote - NY", "US", "NY"),
        ("DC", "US", "DC"),
        ("QC", "CA", "QC"),  # Quebec, not Quezon City: Québec City lies in it
        ("HK", "HK", None),
        ("SG", "SG", None),
        # after a comma a code is the state: a town the data lacks is not the big city
        ("Cooperstown, NY", "US", "NY"),
        ("Troy, NY", "US", "NY"),
        ("Bromont, QC", "CA", "QC"),
    ],
)
def test_a_code_that_names_its_citys_area_is_the_area(text: str, country: str, region: str | None) -> None:
    place = resolve(text)
    assert place is not None
    assert (place.country, place.region, place.city) == (country, region, None)


@pytest.mark.parametrize(
    ("text", "country", "city"),
    [  # towns of 15,000+ under their own names: "Ithaca" (30,000), "Greven" (37,000), "Westmount"
        ("Ithaca, NY", "US", "Ithaca"),
        ("Greven, Germany", "DE", "Greven"),
        ("Neckarsulm", "DE", "Neckarsulm"),
        ("Westmount, QC", "CA", "Westmount"),
    ],
)
def test_a_town_of_15000_is_known_by_its_own_name(text: str, country: str, city: str) -> None:
    place = resolve(text)
    assert place is not None
    assert (place.country, place.city) == (country, city)


@pytest.mark.parametrize(
    "name",
    [  # a town's name that is a word, a bigger place's, a translation or a technology's is no town
        "Raum",  # Rauma, Finland lists it; the German word for room
        "University",  # University, Florida
        "Prosper",  # Prosper, Texas
        "Oregon",  # Oregon, Wisconsin: the state
        "Erlang",  # a town in China and a programming language
        "Feuerbach",  # a district of Stuttgart, listed as a town
    ],
)
def test_a_town_named_like_a_word_a_state_or_a_skill_is_no_city(name: str) -> None:
    assert "city" not in place_kinds(name)


def test_a_town_named_with_two_letters_is_no_short_name() -> None:
    """Wa (Ghana) is a town's own name, not a short one: "WA" alone stays Washington or Western Australia."""
    place = resolve("WA")
    assert place is None or place.city is None


def test_an_onsite_role_in_la_or_sf_is_searched_in_the_city() -> None:
    for written, city in (("LA", "Los Angeles"), ("SF", "San Francisco")):
        policy = location_policy(JobRequirement(title="x", remote="onsite", locations=[written]))
        assert policy.kind == "city"
        assert [place.city for place in policy.cities] == [city]


@pytest.mark.parametrize(
    ("locations", "remote", "unread"),
    [
        # a new user's: a remote-anywhere role's city is an office, left out of the area, and says so
        (["Lyon"], "remote", ["Lyon"]),
        (["Hamburg", "UTC+1"], "remote", ["Hamburg", "UTC+1"]),
        (["Lyon", "France"], "remote", []),  # the country limits the role; the city is in it
        (["Lyon"], "hybrid", []),
        (["Berln", "Munich"], "onsite", ["Berln"]),
    ],
)
def test_the_places_a_policy_leaves_out_are_named(
    locations: list[str], remote: RemotePolicy, unread: list[str]
) -> None:
    requirement = JobRequirement(title="Engineer", locations=locations, remote=remote)
    assert unread_places(locations, location_policy(requirement)) == unread


@pytest.mark.parametrize(
    ("text", "country", "city"),
    [
        # a country named by its own name, not the capital that has it as another name (a trial: "remoto
        # dentro de México" searched the world)
        ("Mexico", "MX", None),
        ("México", "MX", None),
        ("Kuwait", "KW", None),
        ("Panama", "PA", None),
        ("Ciudad de México, México", "MX", "Mexico City"),
        ("Singapore", "SG", "Singapore"),  # the city's own name too
        # a city by its own name, not a bigger city that has the name only as an old or other name
        ("Zaragoza", "ES", "Zaragoza"),  # not Tijuana
        ("Manchester", "GB", "Manchester"),
        ("Granada, Spain", "ES", "Granada"),  # not Grenada in Spanish
        ("BO", "BO", None),  # a country's code beside the town of Bo
        ("Tailandia", "TH", None),  # a country's other name beside a small town of that name
        ("St. Petersburg", "RU", "Saint Petersburg"),  # a far bigger city's other name stays meant
        ("Gaza", "PS", "Gaza"),
        # a small country's subdivision does not outrank a city of its name; a big one's still does
        ("Portland", "US", "Portland"),  # not Jamaica's parish
        ("Münster", "DE", "Münster"),  # not Ireland's province
        ("Charlotte", "US", "Charlotte"),  # not a parish of Saint Vincent
        ("Ontario", "CA", None),
        # a trial's: the city's namesake province elsewhere is no qualifier of it (Argentina's Córdoba
        # province had placed "Córdoba, Spain" in Argentina); a province in the country named stays one
        ("Córdoba, Spain", "ES", "Córdoba"),
        ("Córdoba, ES", "ES", "Córdoba"),
        ("Mérida, España", "ES", "Mérida"),
        ("Ontario, Canada", "CA", None),
        # a short name that begins the city's own is its name too (a trial's "León, Guanajuato" was read
        # as the city of Guanajuato, "León, MX" as Nicaragua's León)
        ("León, Guanajuato", "MX", "León de los Aldama"),
        ("León, MX", "MX", "León de los Aldama"),
        ("León, España", "ES", "León"),
        # a bare name is the biggest city whose own name it is, not a smaller one in a namesake department
        # or state of its own (a trial's "Granada" and "León" were Nicaragua's, "Mérida" Venezuela's)
        ("Granada", "ES", "Granada"),
        ("León", "MX", "León de los Aldama"),
        ("Mérida", "MX", "Mérida"),
        ("Granada, Nicaragua", "NI", "Granada"),
        ("Mérida, Venezuela", "VE", "Mérida"),
        # ... where a city known by the name only as another name does not count ("Islamabad" was once
        # Chattogram's name, "San Miguel" San Diego's)
        ("Islamabad", "PK", "Islamabad"),
        ("San Miguel", "SV", "San Miguel"),
        ("Hanover", "DE", "Hannover"),  # not Jamaica's parish
        ("QC", "CA", None),  # a code names the province, not Quezon City nor Québec city
        # the first part is the city, the rest qualify it: not Québec city for "Laval, Québec", nor
        # Jamaica's Kingston (its namesake parish had set Ontario aside)
        ("Laval, Québec", "CA", "Laval"),
        ("Laval (Québec)", "CA", "Laval"),
        ("Kingston, Ontario", "CA", "Kingston"),
        # a district before its city stays the city's (an attack review's; no rule of "the first part")
        ("Camden, London", "GB", "London"),
        ("Venice, Los Angeles", "US", "Los Angeles"),
        ("Mozambique, Maputo", "MZ", "Maputo"),
        ("Victoria, Australia", "AU", None),
    ],
)
def test_a_name_resolves_to_what_it_names_first(text: str, country: str, city: str | None) -> None:
    place = resolve(text)
    assert place is not None
    assert (place.country, place.city) == (country, city)


@pytest.mark.parametrize(
    ("place", "shown"),
    [("Valencia, ES", "Valencia"), ("Sydney, AU", "Sydney"), ("Austin, TX", "Austin, TX"),
     ("Córdoba, AR", "Córdoba, AR"), ("Berlin", "Berlin"), ("Berlin, Germany", "Berlin, Germany")],
)  # fmt: skip
def test_a_country_code_that_only_tells_namesakes_apart_is_not_shown(place: str, shown: str) -> None:
    assert without_country_code(place) == shown


@pytest.mark.parametrize(
    ("text", "areas"),
    [
        ("Relocation package available for candidates moving from elsewhere in the EU.", ["EU"]),
        ("Relocation package: available for moves from the UK or Ireland.", ["UK", "Ireland"]),
        ("Relocation assistance is available within Germany.", ["Germany"]),
        ("Relocation package for candidates already living in the EU or UK.", ["EU", "UK"]),
        ("Wir bieten Umzugshilfe aus der EU.", ["EU"]),
        ("Ofrecemos ayuda con la reubicación desde cualquier país de la UE.", ["UE"]),
        # open to anyone: no area, or a city (where people move to or an office), or the world
        ("We offer relocation support to Berlin.", []),
        ("We can sponsor your visa and help you relocate from anywhere in the world.", []),
        ("We offer relocation support for people from our Berlin office.", []),
        # an attack review's: a team's office, and an exception, limit nothing
        ("Relocation support for people transferring from the UK office.", []),
        ("Relocation package available except from Russia.", []),
        # a refusal limits nothing
        ("Relocation support is not available, not even from the EU.", []),
    ],
)
def test_the_area_a_relocation_offer_is_limited_to_is_read(text: str, areas: list[str]) -> None:
    assert relocation_from(text) == areas


def test_a_relocation_offer_limited_to_the_eu_does_not_lift_the_cap_for_people_outside_it() -> None:
    """A trial's: a Barcelona role's EU-only relocation kept people in Lagos and Austin uncapped."""
    offered = JobRequirement(
        title="Data Engineer",
        locations=["Barcelona"],
        remote="hybrid",
        relocation=True,
        relocation_from=["EU"],
    )
    policy = location_policy(offered)
    inside, outside = policy.fit("Berlin, Germany"), policy.fit("Lagos, Nigeria")
    assert not inside.outside
    assert inside.value > 0
    assert outside.outside
    assert outside.value == 0.0
    assert "offers relocation only from" in outside.explanation
    assert (
        not location_policy(offered.model_copy(update={"relocation_from": []})).fit("Lagos, Nigeria").outside
    )


@pytest.mark.parametrize(
    ("text", "country", "region"),
    [
        # a code that is a country's and a US state's, after a name the data knows for US towns only
        # (tuning postings' places had been Morocco, Canada and Laos)
        ("Wilmington, MA", "US", "MA"),
        ("Menlo Park, CA", "US", "CA"),
        # the country still where the town is its own or unknown
        ("Casablanca, MA", "MA", None),
        ("Kingston, CA", "CA", None),
        ("Holon, IL", "IL", None),
    ],
)
def test_a_code_after_a_us_town_is_its_state(text: str, country: str, region: str | None) -> None:
    place = resolve(text)
    assert place is not None
    assert (place.country, place.region) == (country, region)


@pytest.mark.parametrize(
    ("requirement", "location", "outside"),
    [
        # a trial's: "UTC+1" on a profile was "unknown" for a US-only role, though no US zone is +1
        (JobRequirement(title="Data Engineer", remote="remote", locations=["United States"]), "UTC+1", True),
        (JobRequirement(title="Data Engineer", remote="remote", locations=["United States"]), "GMT-5", False),
        # summer time: Eastern daylight time is UTC-4
        (JobRequirement(title="Data Engineer", remote="remote", locations=["United States"]), "UTC-4", False),
        (JobRequirement(title="Engineer", remote="onsite", locations=["Berlin, Germany"]), "UTC+2", False),
        (JobRequirement(title="Engineer", remote="onsite", locations=["Berlin, Germany"]), "UTC-7", True),
        (JobRequirement(title="Engineer", remote="remote", locations=["Europe"]), "UTC+1", False),
        (JobRequirement(title="Engineer", remote="remote", locations=["Europe"]), "UTC-5", True),
    ],
)
def test_an_offset_no_city_of_the_roles_countries_has_is_outside(
    requirement: JobRequirement, location: str, outside: bool
) -> None:
    fit = location_policy(requirement).fit(location)
    assert fit.outside is outside
    assert (fit.value == 0.0) is outside
    if outside:
        assert f'"{location}" is outside the role\'s area' in fit.explanation


@pytest.mark.parametrize(
    "location",
    [
        "UTC-5 to UTC+1",  # a range: they may live in the role's country
        "Remote, working US hours (UTC-5)",  # a note on hours, not where they are
        "Hanga Roa (UTC-6)",  # a place the data lacks, with its offset
        "UTC+99",  # no offset at all
    ],
)
def test_an_offset_among_other_words_rules_nobody_out(location: str) -> None:
    """An attack review's: only a location that is an offset alone is read as being elsewhere."""
    policy = location_policy(JobRequirement(title="Engineer", remote="remote", locations=["Chile"]))
    assert not policy.fit(location).outside


def test_an_offset_written_without_its_colon_is_hours_and_minutes() -> None:
    """ "GMT+530" is India's 5:30, not +53 h (which had ruled a Bangalore profile out)."""
    place = resolve("GMT+530")
    assert place is not None
    assert place.utc_offset == 5.5
    policy = location_policy(
        JobRequirement(title="Engineer", remote="onsite", locations=["Bangalore, India"])
    )
    assert not policy.fit("GMT+530").outside
