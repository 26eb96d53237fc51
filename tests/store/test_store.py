import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dragoman.jsonio import event_from_dict, quote_from_dict
from dragoman.model import Actor, Document, Entity, Event, Extraction, Quote, Relay, Speaker
from dragoman.store import Filters, Store

TEXT = "Putin said he regretted it. Zakharova warned of payback. The U.S. expelled 35 diplomats."


def sample_extraction(text: str = TEXT, published: str = "2016-12-30") -> Extraction:
    rus = Actor(text="Putin", span=(0, 5), name="Vladimir Putin", country="RUS", sector="GOV", code="RUSGOV")
    usa = Actor(text="U.S.", span=(61, 65), name="United States", country="USA", sector="GOV", code="USAGOV")
    return Extraction(
        document=Document(text=text, path="a.txt", published=published),
        quotes=(
            Quote(content=((11, 26),), kind="indirect", cue=(6, 10), source=(0, 5),
                  speaker=Speaker(name="Vladimir Putin", actor=rus), confidence=0.8),
            Quote(content=((38, 56),), kind="indirect", cue=(38, 44), source=(28, 37),
                  speaker=Speaker(name="Maria Zakharova"), via=(Relay(name="TASS", span=(0, 4)),)),
        ),
        events=(Event(type="SANCTION", mode="expel", cameo="1663", goldstein=-4.0, quad=4, source=usa,
                      target=rus, trigger=(66, 74), evidence=(57, 88), date="2016-12-29"),),
        entities=(Entity(text="Putin", span=(0, 5), label="PERSON", name="Vladimir Putin"),),
        actors=(rus, usa),
    )


def test_write_is_idempotent(store):
    extraction = sample_extraction()
    assert store.write(extraction) is True
    assert store.write(extraction) is False
    assert [store.count(t) for t in ("documents", "quotes", "events", "entities", "actors")] == [1, 2, 1, 1, 2]


def test_query_filters(store):
    store.write(sample_extraction())
    store.write(sample_extraction(TEXT + " Later.", published="2017-01-05"))
    assert len(list(store.rows("quotes", Filters(speaker="putin")))) == 2
    assert len(list(store.rows("quotes", Filters(speaker="Putin", since="2017-01-01")))) == 1
    assert len(list(store.rows("quotes", Filters(actor="RUS")))) == 2
    assert len(list(store.rows("events", Filters(type="sanction", actor="USA")))) == 2
    assert list(store.rows("events", Filters(type="ASSAULT"))) == []
    assert len(list(store.rows("documents", Filters(search="payback")))) == 2
    actors = list(store.rows("actors"))
    assert actors[0]["mentions"] == 2 and {a["code"] for a in actors} == {"RUSGOV", "USAGOV"}


def test_sql_metacharacters_are_plain_text(store):
    store.write(sample_extraction())
    for hostile in ["'; DROP TABLE quotes; --", "%", "_", "\\", "\" OR 1=1"]:
        assert list(store.rows("quotes", Filters(speaker=hostile, search=hostile))) == []
    assert store.count("quotes") == 2


def test_extractions_rebuild_records(store):
    extraction = sample_extraction()
    store.write(extraction)
    (rebuilt,) = store.extractions()
    assert rebuilt.document == extraction.document
    assert rebuilt.quotes == extraction.quotes
    assert rebuilt.events == extraction.events


spans = st.tuples(st.integers(0, 50), st.integers(0, 50)).map(lambda p: (min(p), max(p)))
names = st.text(string.ascii_letters + " ’'é", min_size=1, max_size=20)


@st.composite
def extractions(draw):
    text = draw(st.text(min_size=1, max_size=60).filter(lambda t: t.strip()))
    actor = draw(st.none() | st.builds(Actor, text=names, span=spans, name=names,
                                        country=st.sampled_from([None, "RUS", "USA"]),
                                        sector=st.sampled_from([None, "GOV"]), code=st.sampled_from([None, "RUSGOV"])))
    quote = Quote(
        content=tuple(draw(st.lists(spans, min_size=1, max_size=3))),
        kind=draw(st.sampled_from(["direct", "mixed", "indirect"])),
        cue=draw(st.none() | spans), source=draw(st.none() | spans),
        speaker=draw(st.none() | st.builds(Speaker, name=names, actor=st.just(actor))),
        via=tuple(draw(st.lists(st.builds(Relay, name=names, span=spans), max_size=2))),
        confidence=draw(st.sampled_from([0.0, 0.25, 0.5, 1.0])),
    )
    event = Event(type=draw(st.sampled_from(["SANCTION", "ACCUSE"])), trigger=draw(spans), evidence=draw(spans),
                  source=actor, target=None, cameo=draw(st.none() | st.just("112")),
                  goldstein=draw(st.none() | st.just(-2.0)), date=draw(st.none() | st.just("2016-12-29")))
    return Extraction(document=Document(text=text, published=draw(st.none() | st.just("2016-12-30"))),
                      quotes=(quote,), events=(event,))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(extractions())
def test_round_trip_store_query_json(tmp_path_factory, extraction):
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('rt') / 'rt.db'}")
    try:
        store.write(extraction)
        (quote_row,) = store.rows("quotes")
        (event_row,) = store.rows("events")
        assert quote_from_dict(quote_row) == extraction.quotes[0]
        assert event_from_dict(event_row) == extraction.events[0]
        (document_row,) = store.rows("documents")
        assert document_row["text"] == extraction.document.text
    finally:
        store.close()


def test_bad_url_is_a_store_error():
    import pytest

    from dragoman.errors import StoreError

    with pytest.raises(StoreError, match="not-a-url"):
        Store("not-a-url")
