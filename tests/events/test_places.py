from dragoman.events.places import gazetteer


def test_geocode_cities_states_countries():
    geo = gazetteer()
    assert geo.geocode("Moscow").country == "RUS"
    assert geo.geocode("New York").name == "New York City"
    assert geo.geocode("New York", prefer_state=True).admin1 == "NY"
    assert geo.geocode("Maryland").name == "Maryland"
    assert geo.geocode("Russia").geonameid == 2017370
    assert geo.geocode("Nowhereville") is None
