from dragoman.extraction import extract_text


def coded(extraction):
    text = extraction.document.text
    return [
        (
            text[e.trigger[0] : e.trigger[1]],
            e.type,
            e.source.country if e.source else None,
            e.target.country if e.target else None,
            e.date,
            e.location.name if e.location else None,
        )
        for e in extraction.events
    ]


def test_reference_article_events(reference_extraction):
    events = coded(reference_extraction)
    assert ("rejecting", "REJECT", "RUS", "RUS", None, None) in events
    assert ("sanctions", "SANCTION", "USA", None, None, None) in events
    assert ("warned", "THREATEN", "RUS", None, "2016-12-29", None) in events
    assert ("penalized", "COERCE", "USA", "RUS", "2016-12-29", None) in events
    assert {e[5] for e in events if e[0] == "closed"} == {"New York", "Maryland"}
    greeted = {e[3] for e in events if e[0] == "greetings" and e[2] == "RUS"}
    assert "USA" in greeted


def test_spans_and_evidence(reference_extraction, reference_text):
    for event in reference_extraction.events:
        start, end = event.evidence
        assert start <= event.trigger[0] < event.trigger[1] <= end <= len(reference_text)
        assert event.quad in {1, 2, 3, 4}


def test_negated_and_hypothetical_actions_are_not_coded(nlp):
    for sentence in [
        "Russia did not expel the American diplomats.",
        "If Washington imposes sanctions, Moscow would expel diplomats.",
        "The United States plans to sanction Russia next year.",
    ]:
        assert [e for e in extract_text(sentence, nlp=nlp).events if e.type == "SANCTION"] == []


def test_coordinated_and_passive_actors(nlp):
    extraction = extract_text("Russia and China condemned the United States on Monday.", published="2017-03-08", nlp=nlp)
    accusations = [e for e in extraction.events if e.type == "ACCUSE"]
    assert {e.source.country for e in accusations} == {"RUS", "CHN"}
    assert all(e.target.country == "USA" and e.date == "2017-03-06" for e in accusations)
    passive = extract_text("Moscow was penalized by Washington.", nlp=nlp).events
    assert [(e.source.code, e.target.code) for e in passive] == [("USAGOV", "RUSGOV")]
