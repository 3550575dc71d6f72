"""A small gazetteer: places that job postings name as work locations.

It only has to recognise a place in a title suffix ("Backend Engineer - Berlin") or after "based in";
an explicit "Location:" line is taken as written, whether or not its places are listed here.
"""

from __future__ import annotations

from typing import Final


def _names(text: str) -> frozenset[str]:
    return frozenset(name.strip() for name in text.split(",") if name.strip())


CITIES: Final = _names(
    """
    amsterdam, athens, atlanta, austin, baltimore, bangalore, bengaluru, barcelona, beijing, belfast,
    belgrade, berlin, bern, bogota, bologna, bordeaux, boston, boulder, bratislava, brisbane, bristol, brno,
    brussels, bucharest, budapest, buenos aires, cairo, calgary, cambridge, cape town, charlotte, chennai,
    chicago, cincinnati, cleveland, cologne, columbus, copenhagen, cork, dallas, delhi, denver, detroit,
    dubai, dublin, dusseldorf, düsseldorf, edinburgh, eindhoven, espoo, frankfurt, geneva, glasgow,
    gothenburg, gdansk, graz, guadalajara, hamburg, hanover, hannover, helsinki, ho chi minh city,
    hong kong, houston, hyderabad, indianapolis, istanbul, jakarta, johannesburg, kansas city, karlsruhe,
    kiev, kyiv, krakow, kraków, kuala lumpur, lagos, las vegas, lausanne, leeds, leipzig, lille, lima,
    lisbon, ljubljana, london, los angeles, luxembourg, lyon, madrid, malaga, málaga, malmo, malmö,
    manchester, manila, marseille, medellin, melbourne, mexico city, miami, milan, minneapolis, montreal,
    montréal, moscow, mumbai, munich, münchen, nairobi, nantes, new york, new york city, newcastle, noida,
    nottingham, nuremberg, oakland, oslo, ottawa, oxford, palo alto, paris, perth, philadelphia, phoenix,
    pittsburgh, porto, portland, prague, pune, raleigh, reykjavik, riga, rome, rotterdam, salt lake city,
    san diego, san francisco, san jose, santiago, sao paulo, são paulo, seattle, seoul, seville, shanghai,
    shenzhen, singapore, sofia, stockholm, stuttgart, sydney, taipei, tallinn, tampa, tel aviv, tempe,
    the hague, tokyo, toronto, toulouse, turin, utrecht, valencia, vancouver, vienna, vilnius, warsaw,
    washington, wellington, wroclaw, wrocław, zagreb, zurich, zürich, mountain view, menlo park, sunnyvale,
    redmond, cupertino, santa clara, irvine, durham, reston, nyc, sf, bay area, silicon valley
    """
)

COUNTRIES: Final = _names(
    """
    argentina, australia, austria, belgium, brazil, bulgaria, canada, chile, china, colombia, croatia,
    cyprus, czech republic, czechia, denmark, egypt, england, estonia, finland, france, germany, greece,
    hungary, iceland, india, indonesia, ireland, israel, italy, japan, kenya, latvia, lithuania, malaysia,
    malta, mexico, netherlands, the netherlands, new zealand, nigeria, northern ireland, norway, pakistan,
    peru, philippines, poland, portugal, romania, scotland, serbia, slovakia, slovenia, south africa,
    south korea, spain, sweden, switzerland, taiwan, thailand, turkey, ukraine, united arab emirates, uae,
    united kingdom, uk, united states, united states of america, usa, us, u.s, vietnam, wales
    """
)

REGIONS: Final = _names(
    """
    eu, europe, emea, apac, latam, latin america, north america, south america, americas, asia, africa,
    middle east, nordics, scandinavia, dach, benelux, worldwide, anywhere
    """
)

# Second parts of "City, Region": US states and a few other regions that follow a city.
SUBREGIONS: Final = _names(
    """
    al, ak, az, ar, ca, co, ct, de, fl, ga, hi, id, il, in, ia, ks, ky, la, me, md, ma, mi, mn, ms, mo, mt,
    ne, nv, nh, nj, nm, ny, nc, nd, oh, ok, or, pa, ri, sc, sd, tn, tx, ut, vt, va, wa, wv, wi, wy, dc,
    california, texas, massachusetts, illinois, colorado, ohio, oregon, georgia, florida, virginia,
    north carolina, pennsylvania, arizona, utah, michigan, minnesota, bavaria, ontario, quebec,
    british columbia, catalonia
    """
)

PLACES: Final = CITIES | COUNTRIES | REGIONS


def is_place(text: str) -> bool:
    """Whether `text` names a known place: "Berlin", "Berlin, Germany", "Austin, TX", "EU"."""
    parts = [part.strip(" .").lower() for part in text.split(",")]
    if parts[0] not in PLACES:
        return False
    return all(part in PLACES or part in SUBREGIONS for part in parts[1:])
