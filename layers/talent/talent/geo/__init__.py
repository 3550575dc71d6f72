"""Places: read a free-text location ("Brooklyn, NY", "Munich, Bavaria", "🇵🇱 Szczecin") into a
country, a region, a city and a UTC offset, from GeoNames and ISO 3166 data shipped as places.tsv.gz.

    from talent.geo import resolve
    resolve("Austin, TX")  # Place(city="Austin", region="TX", country="US", continent="NA", utc_offset=-6.0)
"""

from talent.geo.places import Place, resolve, resolve_region

__all__ = ["Place", "resolve", "resolve_region"]
