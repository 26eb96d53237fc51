from dragoman.jsonio import (
    event_from_dict,
    event_to_dict,
    quote_from_dict,
    quote_to_dict,
)
from dragoman.model import Actor, Document, Event, Place, Quote, Relay, Speaker, text_id


def test_document_id_is_text_hash_prefix():
    document = Document(text="Putin said.")
    assert document.id == text_id("Putin said.")
    assert len(document.id) == 16
    assert Document(text="Putin said.", path="other") == Document(text="Putin said.", path="other")


def test_quote_round_trip():
    actor = Actor(text="Zakharova", span=(5, 14), name="Maria Zakharova", country="RUS", sector="GOV", code="RUSGOV")
    quote = Quote(
        content=((20, 40), (50, 60)),
        kind="direct",
        cue=(15, 19),
        source=(5, 14),
        speaker=Speaker(name="Maria Zakharova", actor=actor),
        via=(Relay(name="Reuters", span=(0, 7)),),
        confidence=0.9,
    )
    data = quote_to_dict(quote)
    assert data["content"] == [[20, 40], [50, 60]]
    assert data["speaker"]["actor"]["code"] == "RUSGOV"
    assert quote_from_dict(data) == quote


def test_event_round_trip():
    event = Event(
        type="SANCTION", mode="expel", cameo="1663", goldstein=-4.0, quad=4, trigger=(3, 9), evidence=(0, 30),
        source=Actor(text="U.S.", span=(0, 4), name="United States", country="USA", sector="GOV", code="USAGOV"),
        date="2016-12-29", location=Place(name="Maryland", country="USA", admin1="MD", lat=39.0, lon=-76.7, geonameid=4361885),
    )
    assert event_from_dict(event_to_dict(event)) == event
